package org.clearchain.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * An edition of a reference dataset kept in the database.
 *
 * @param loadedAt when it became current; {@code null} while its file is still being written (pending)
 * @param importJobId the import job that loaded it
 * @param proxy its figures stand in for the risk rather than measure it (see {@link ReferenceEdition#proxy()})
 */
@Serdeable
@MappedEntity("reference_edition")
public record StoredEdition(@Id long id, String dataset, String edition, String source, boolean verified, int rowCount,
                            @Nullable Long importJobId, Instant createdAt, @Nullable Instant loadedAt, boolean proxy) { }
