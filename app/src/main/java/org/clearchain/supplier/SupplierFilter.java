package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;

/** What a supplier list is narrowed to and sorted by; nulls mean "any". */
public record SupplierFilter(@Nullable String q, @Nullable String country, @Nullable String sector,
                             @Nullable Boolean highRiskSector, @Nullable Integer tier,
                             @Nullable DeclarationStatus declarationStatus, @Nullable Boolean licenceProblem,
                             SupplierSort sort) {
}
