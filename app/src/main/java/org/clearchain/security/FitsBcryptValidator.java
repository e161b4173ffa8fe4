package org.clearchain.security;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

@Singleton
class FitsBcryptValidator implements ConstraintValidator<FitsBcrypt, CharSequence> {

    @Override
    public boolean isValid(@Nullable CharSequence value, @NonNull AnnotationValue<FitsBcrypt> annotation,
                           @NonNull ConstraintValidatorContext context) {
        return value == null || PasswordHasher.fits(value.toString());
    }
}
