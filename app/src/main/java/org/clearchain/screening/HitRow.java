package org.clearchain.screening;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** A hit joined with its subject's country, its entry and the entry's list; JSON columns as their text. */
@Introspected
record HitRow(long id, String status, BigDecimal score, String subjectType, long subjectId, String subjectName,
              @Nullable String subjectCountry, String matchedName, String reasons, String entryHash,
              @Nullable String decisionReason, @Nullable String decidedBy, @Nullable Instant decidedAt,
              @Nullable String decidedHash, Instant raisedAt, long entryId, String listName, boolean listForcedLabour,
              String entryKey, String entryKind, String entryName, String entryAliases, String entryCountries,
              boolean entryForcedLabour, String entryProgramme, @Nullable Instant entryRemovedAt,
              String entryContentHash) {
}
