package org.clearchain.supplier;

import io.micronaut.core.annotation.Introspected;

/** The address of a supplier's main (first) site, as duplicates are looked for. */
@Introspected
record SupplierAddress(long id, String address) {
}
