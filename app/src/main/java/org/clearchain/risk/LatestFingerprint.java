package org.clearchain.risk;

import io.micronaut.core.annotation.Introspected;

/** The fingerprint of a supplier's latest snapshot. */
@Introspected
record LatestFingerprint(long supplierId, String fingerprint) {
}
