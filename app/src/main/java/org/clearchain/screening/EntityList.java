package org.clearchain.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A sanctions or forced-labour list, with its last complete edition. */
@MappedEntity("entity_list")
record EntityList(@Id @GeneratedValue @Nullable Long id,
                  String name,
                  boolean forcedLabour,
                  int editions,
                  long version,
                  @Nullable Long editionJobId,
                  @Nullable String editionFile,
                  @Nullable Instant editionAt,
                  @Nullable String editionNote,
                  Instant createdAt) {

    static EntityList created(String name, boolean forcedLabour, Instant at) {
        return new EntityList(null, name, forcedLabour, 0, 0, null, null, null, null, at);
    }
}
