package org.clearchain.supplier;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A supplier as duplicates are looked for: its name and the address of its main (first) site, if it has one. */
@Introspected
record SupplierNameAndAddress(long id, String name, @Nullable String address) {
}
