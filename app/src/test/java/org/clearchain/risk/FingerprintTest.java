package org.clearchain.risk;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fingerprints of stored snapshots must keep matching: two decimals are written exactly as the formatter did. */
class FingerprintTest {

    @Test
    void twoDecimalsMatchesTheFormatterOnEdgeCases() {
        double[] edges = {0, -0.0, -0.001, -0.004, -0.005, 0.005, 0.015, 1.005, 2.675, 0.125, 99.995, 100, 7.0796,
                -5, 1e-9, -1e-9, 12.345, 45.0, 0.1 + 0.2, 1234567.891, 1e10};
        for (double x : edges) {
            assertEquals(String.format("%.2f", x), Rescoring.twoDecimals(x), () -> "for " + x);
        }
    }

    @Test
    void twoDecimalsMatchesTheFormatterOnScoringLikeValues() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double x = switch (i % 4) {
                case 0 -> random.nextDouble() * 100;
                case 1 -> -random.nextDouble() * 5;
                case 2 -> Math.round(random.nextDouble() * 100_000) / 1000.0;
                default -> 15 * random.nextDouble() * Math.pow(0.5, random.nextInt(60) / 24.0);
            };
            assertEquals(String.format("%.2f", x), Rescoring.twoDecimals(x), "for " + x);
        }
    }
}
