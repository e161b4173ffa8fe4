package org.clearchain.supplier;

/** Announced inside the writing transaction when a buyer ends its link to a supplier. */
public record SupplierUnlinked(long buyerId, long supplierId, String reason) {
}
