package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A supplier as {@code GET /api/suppliers/{id}} shows it: its profile, the viewer's own link to it (for an
 * auditor), its sites, and the agencies it uses with their licence standing today.
 */
@Serdeable
public record SupplierDetails(Supplier supplier, List<String> highRiskSectors, @Nullable BuyerLink link,
                              List<Site> sites, List<AgencyUseView> agencyUses) {
}
