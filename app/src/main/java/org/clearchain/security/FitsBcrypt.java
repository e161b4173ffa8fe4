package org.clearchain.security;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A password BCrypt can take whole: at most {@value PasswordHasher#MAX_BYTES} bytes in UTF-8. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface FitsBcrypt {

    String message() default PasswordHasher.TOO_LONG;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
