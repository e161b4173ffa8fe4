package org.clearchain.reference;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISO 3166-1 alpha-2 country code in capitals, such as {@code FR} or {@code NP}; null passes. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
public @interface CountryCode {
    String message() default "must be an ISO 3166-1 alpha-2 country code in capitals, such as FR or NP";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
