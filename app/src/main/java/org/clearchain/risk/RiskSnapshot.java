package org.clearchain.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A supplier's assessment as it was computed, kept whole (as JSON) so it can be shown and compared later. */
@MappedEntity("risk_snapshot")
record RiskSnapshot(@Id @GeneratedValue @Nullable Long id,
                    Long supplierId,
                    BigDecimal score,
                    String band,
                    String methodologyVersion,
                    String fingerprint,
                    String assessment,
                    String reason,
                    Instant computedAt) {
}
