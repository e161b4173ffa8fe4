package org.clearchain.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A new edition as its file's first rows create it: pending (loaded_at null) until the file is finished. */
@MappedEntity("reference_edition")
record PendingEdition(@Id @GeneratedValue @Nullable Long id, String dataset, String edition, String source,
                      boolean verified, String fileChecksum, Instant createdAt, boolean proxy) {
}
