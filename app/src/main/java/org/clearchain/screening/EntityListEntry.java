package org.clearchain.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One entry of an entity list; aliases, countries and identifiers are JSON text. */
@MappedEntity("entity_list_entry")
record EntityListEntry(@Id @GeneratedValue @Nullable Long id,
                       long listId,
                       String entryKey,
                       String kind,
                       String name,
                       String aliases,
                       String countries,
                       String identifiers,
                       boolean forcedLabour,
                       String programme,
                       @Nullable String remarks,
                       String contentHash,
                       long lastSeenJob,
                       long changedJob,
                       Instant createdAt,
                       Instant changedAt,
                       @Nullable Instant removedAt) {
}
