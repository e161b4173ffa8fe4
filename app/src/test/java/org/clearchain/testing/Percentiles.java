package org.clearchain.testing;

import java.util.Arrays;

/** The benchmarks' percentiles: nearest rank, so a reported p95 is a time one run actually took. */
public final class Percentiles {

    private Percentiles() {
    }

    public static double of(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
