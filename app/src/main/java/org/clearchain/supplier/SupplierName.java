package org.clearchain.supplier;

import io.micronaut.core.annotation.Introspected;

/** A supplier as duplicates are first looked for: by name alone. */
@Introspected
record SupplierName(long id, String name) {
}
