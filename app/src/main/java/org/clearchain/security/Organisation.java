package org.clearchain.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A tenant: a licensing authority, an inspectorate, an employer, a supplier, or the platform operator. */
@Serdeable
@MappedEntity("organisation")
public record Organisation(@Id @GeneratedValue @Nullable Long id,
                           String name,
                           OrganisationKind kind,
                           @Nullable String country,
                           Instant createdAt) {
}
