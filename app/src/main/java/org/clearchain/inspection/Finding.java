package org.clearchain.inspection;

import org.clearchain.reference.Indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What an inspection found, with the workers affected by sex and age band. The {@code stat*} fields copy the
 * dimensions the public statistics group by; {@code published} is set when the inspection is completed.
 * {@code recordKey} is drawn at random once, for the statistics' disclosure control (the cell-key method), and never
 * shown.
 */
@MappedEntity("finding")
public record Finding(@Id @GeneratedValue @Nullable Long id,
                      Long inspectionId,
                      Indicator.Kind kind,
                      Indicator indicator,
                      String description,
                      EvidenceSource evidenceSource,
                      @Nullable Long agencyId,
                      int womenUnder18,
                      int women18To24,
                      int women25AndOver,
                      int menUnder18,
                      int men18To24,
                      int men25AndOver,
                      String statSector,
                      String statCountry,
                      short statYear,
                      LocalDate statVisitDate,
                      boolean published,
                      String recordedBy,
                      Instant createdAt,
                      short recordKey) {

    private static final SecureRandom RECORD_KEYS = new SecureRandom();

    /** A new finding's record key, 0 to 255. */
    static short drawRecordKey() {
        return (short) RECORD_KEYS.nextInt(256);
    }

    Headcount affected() {
        return Headcount.of(womenUnder18, women18To24, women25AndOver, menUnder18, men18To24, men25AndOver);
    }
}
