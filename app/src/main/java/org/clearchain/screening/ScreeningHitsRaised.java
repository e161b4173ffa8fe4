package org.clearchain.screening;

import java.util.List;

/**
 * Announced inside the writing transaction when screening raised new hits on these suppliers: each is a possible
 * listing awaiting review, which their risk shows (with no points) until someone decides it.
 */
public record ScreeningHitsRaised(List<Long> supplierIds, String reason) { }
