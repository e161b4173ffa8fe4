package org.clearchain.reference;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An ISIC Rev.4 code: a section letter, or a division, group or class number such as {@code 0111}; null passes. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
public @interface IsicCode {
    String message() default "must be an ISIC Rev.4 code (a section letter, or a 2-, 3- or 4-digit division, group or class)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
