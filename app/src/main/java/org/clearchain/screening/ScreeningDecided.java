package org.clearchain.screening;

import java.util.List;

/**
 * Announced inside the writing transaction when what screening tells scoring about these suppliers changed: a hit
 * confirmed or dismissed, or a confirmed hit's entry changed or left its list.
 */
public record ScreeningDecided(List<Long> supplierIds, String reason) { }
