package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A line of a supplier list. {@code tier} and {@code declarationStatus} are the viewing buyer's (null for
 * others); {@code licenceProblem} is true when an agency the supplier uses is not validly licensed today.
 */
@Serdeable
public record SupplierListItem(long id, String name, String country, List<String> sectors, List<String> highRiskSectors,
                               @Nullable Integer tier, @Nullable DeclarationStatus declarationStatus, boolean licenceProblem) {
}
