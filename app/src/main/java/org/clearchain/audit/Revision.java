package org.clearchain.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** One correction or ending of a record: the values before and after (JSON), who made it, when and why. */
@MappedEntity("revision")
record Revision(@Id @GeneratedValue @Nullable Long id,
                String entityType,
                long entityId,
                String action,
                @Nullable @TypeDef(type = DataType.JSON) String beforeValues,
                @Nullable @TypeDef(type = DataType.JSON) String afterValues,
                String reason,
                String revisedBy,
                Instant revisedAt) {
}
