package org.clearchain.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored screening hit: a subject whose name is alike an entity-list entry's, and the decision on it. */
@MappedEntity("screening_hit")
record ScreeningHit(@Id @GeneratedValue @Nullable Long id,
                    String subjectType,
                    long subjectId,
                    long entryId,
                    String subjectName,
                    String matchedName,
                    BigDecimal score,
                    String reasons,
                    String entryHash,
                    String status,
                    @Nullable Integer openMarker,
                    @Nullable String decisionReason,
                    @Nullable String decidedBy,
                    @Nullable Instant decidedAt,
                    @Nullable String decidedHash,
                    Instant raisedAt,
                    Instant updatedAt) {
}
