package org.clearchain.risk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/** One snapshot in a supplier's score history: when, what it was, and what caused it. */
@Serdeable
@Introspected
public record RiskHistoryEntry(long snapshotId, Instant computedAt, BigDecimal score, String band, String methodologyVersion,
                        String reason) {

    static RiskHistoryEntry of(RiskSnapshot s) {
        return new RiskHistoryEntry(s.id(), s.computedAt(), s.score(), s.band(), s.methodologyVersion(), s.reason());
    }
}
