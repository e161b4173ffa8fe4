package org.clearchain.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A supplier's assessment as it was computed, kept whole so it can be shown and compared later: packed
 * ({@link AssessmentPacking}), or as JSON in snapshots written before packing.
 */
@MappedEntity("risk_snapshot")
record RiskSnapshot(@Id @GeneratedValue @Nullable Long id,
                    Long supplierId,
                    BigDecimal score,
                    String band,
                    String methodologyVersion,
                    String fingerprint,
                    @Nullable String assessment,
                    @Nullable byte[] assessmentPacked,
                    @Nullable String assessmentPacking,
                    String reason,
                    Instant computedAt) {
}
