package org.clearchain.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A screening hit as a reviewer sees it: who, which entry of which list, how alike and why, and the decision.
 * {@code entryChangedSinceDecision} says the entry's content is no longer what the decision was made on.
 */
@Serdeable
public record HitView(long id, String status, double score, Subject subject, Entry entry, String matchedName,
                      List<String> reasons, String entryHash, @Nullable Decision decision, boolean entryChangedSinceDecision,
                      Instant raisedAt) {

    @Serdeable
    public record Subject(String type, long id, String name, @Nullable String country) { }

    @Serdeable
    public record Entry(long id, String list, boolean forcedLabourList, String key, String kind, String name,
                        List<String> aliases, List<String> countries, boolean forcedLabour, String programme,
                        @Nullable Instant removedAt) { }

    @Serdeable
    public record Decision(@Nullable String reason, String by, Instant at, String entryHash) { }
}
