package org.clearchain.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One write, as recorded in the append-only log: who did what to which entity, and what it looked like. The writer
 * leaves {@code seq}, {@code prevHash} and {@code hash} empty; {@link AuditSealer} fills them once the write has
 * committed, and from then on the chain protects the entry.
 */
@Serdeable
@MappedEntity("audit_entry")
public record AuditEntry(@Id @GeneratedValue @Nullable Long id,
                         @Nullable Long seq,
                         @TypeDef(type = DataType.LONG, converter = EpochMicros.class) Instant occurredAt,
                         String actor,
                         String action,
                         String entityType,
                         String entityId,
                         @Nullable String beforeSummary,
                         @Nullable String afterSummary,
                         @Nullable String prevHash,
                         @Nullable String hash) {
}
