package org.clearchain.audit;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Stores an instant as whole microseconds since the epoch, so what was hashed is what is read back. */
@Singleton
class EpochMicros implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToPersistedValue(Instant instant, ConversionContext context) {
        return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    @Override
    public Instant convertToEntityValue(Long micros, ConversionContext context) {
        return micros == null ? null : Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
