package org.clearchain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores are shown with 2 decimals, half up, as a person rounds. */
final class Rounding {

    private Rounding() {
    }

    static double twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static String show(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
