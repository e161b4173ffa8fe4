package org.clearchain.licence;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Hands out {@code CC-YYYY-NNNNNN}, unique even when many officers file at the same moment. */
@Singleton
class LicenceNumbers {

    private final LicenceRepository licences;

    LicenceNumbers(LicenceRepository licences) {
        this.licences = licences;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    String next(int year) {
        licences.advanceNumberSequence(year);
        long value = licences.lastInsertId();
        if (value > 999_999) {
            throw new IllegalStateException("Licence numbers for " + year + " are exhausted");
        }
        return format(year, value);
    }

    static String format(int year, long value) {
        return String.format("CC-%04d-%06d", year, value);
    }
}
