package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** One move of a licence: from, to, when, who (a user, "system", or a feed) and why. */
@Serdeable
@MappedEntity("licence_event")
public record LicenceEvent(@Id @GeneratedValue @Nullable Long id,
                           Long licenceId,
                           LicenceAction action,
                           @Nullable LicenceStatus fromStatus,
                           LicenceStatus toStatus,
                           Instant occurredAt,
                           String actor,
                           @Nullable String reason,
                           @Nullable LocalDate validUntil) {
}
