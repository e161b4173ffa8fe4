package org.clearchain.supplier;

import java.util.List;

/** Announced inside the writing transaction when suppliers' own facts change (added, agency uses recorded). */
public record SupplierChanged(List<Long> supplierIds, String reason) {
}
