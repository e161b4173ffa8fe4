package org.clearchain.securitysuite;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts every test of the annotated class as a case of the security suite's {@code value} part (forged tokens,
 * limits): a passed test a case held, a failed one a violation, in the total {@link SecuritySuiteTally} prints.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SecuritySuitePart.Counter.class)
public @interface SecuritySuitePart {

    String value();

    final class Counter implements TestWatcher, BeforeAllCallback {

        private final SecuritySuiteTally tally = new SecuritySuiteTally();

        @Override
        public void beforeAll(ExtensionContext context) {
            tally.beforeAll(context);
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            SecuritySuiteTally.passed(part(context));
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            SecuritySuiteTally.violated(part(context));
        }

        private static String part(ExtensionContext context) {
            return context.getRequiredTestClass().getAnnotation(SecuritySuitePart.class).value();
        }
    }
}
