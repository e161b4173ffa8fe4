package org.clearchain.securitysuite;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the security suite's cases over the whole test run and prints the total when it ends:
 * {@code SECURITY SUITE: N cases, V violations}. A part of the suite (operation matrix, hostile bodies, forged tokens,
 * limits) records each case with {@link #passed} or {@link #violated}; its class registers this extension.
 */
public final class SecuritySuiteTally implements BeforeAllCallback {

    private static final Map<String, int[]> PARTS = new TreeMap<>();
    private static final AtomicInteger KNOWN = new AtomicInteger();

    public static synchronized void passed(String part) {
        PARTS.computeIfAbsent(part, p -> new int[2])[0]++;
    }

    public static synchronized void violated(String part) {
        PARTS.computeIfAbsent(part, p -> new int[2])[1]++;
    }

    /** A case whose wrong answer is known and being fixed elsewhere: counted as a violation, reported as skipped. */
    public static synchronized void knownViolation(String part) {
        violated(part);
        KNOWN.incrementAndGet();
    }

    public static synchronized String summary(String part) {
        int[] counts = PARTS.getOrDefault(part, new int[2]);
        return String.format("SECURITY SUITE (%s): %,d cases, %,d violations", part, counts[0] + counts[1], counts[1]);
    }

    static synchronized String total() {
        int cases = 0;
        int violations = 0;
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, int[]> part : PARTS.entrySet()) {
            cases += part.getValue()[0] + part.getValue()[1];
            violations += part.getValue()[1];
            parts.append(parts.length() == 0 ? "" : "; ").append(part.getKey()).append(' ')
                    .append(part.getValue()[0] + part.getValue()[1]);
        }
        return String.format("SECURITY SUITE: %,d cases, %,d violations%s (%s)", cases, violations,
                KNOWN.get() == 0 ? "" : ", " + KNOWN.get() + " of them known and being fixed", parts);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SecuritySuiteTally.class, key -> (ExtensionContext.Store.CloseableResource)
                        () -> System.out.println(total()), ExtensionContext.Store.CloseableResource.class);
    }
}
