package org.clearchain.security;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Each call of the annotated endpoint spends one try of {@link #value()} for the client's address
 * ({@link ClientAddresses}); when none is left it answers 429 with {@code Retry-After} and the method does not run.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface LimitedPerAddress {

    Limit value();
}
