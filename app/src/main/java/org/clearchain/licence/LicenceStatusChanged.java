package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** Announced after every licence move; scoring, screening and caches listen, the register calls none of them. */
public record LicenceStatusChanged(long licenceId, String number, long agencyId, LicenceAction action,
                                   @Nullable LicenceStatus from, LicenceStatus to, Instant occurredAt) {
}
