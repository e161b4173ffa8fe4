package org.clearchain.reference;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

/** Validators behind {@link CountryCode} and {@link IsicCode}, backed by the bundled reference data. */
@Factory
class ReferenceConstraints {

    @Singleton
    ConstraintValidator<CountryCode, String> countryCodeValidator(Countries countries) {
        return (value, annotation, context) -> value == null || countries.isCode(value);
    }

    @Singleton
    ConstraintValidator<IsicCode, String> isicCodeValidator(IsicCodes isic) {
        return (value, annotation, context) -> value == null || isic.isCode(value);
    }
}
