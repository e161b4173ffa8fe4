package org.clearchain.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Months between two dates as calendar months plus the elapsed fraction of the next month, so that a finding dated
 * exactly 24 calendar months ago is 24.0 months old (and decays by exactly one half-life). A date after the
 * assessment date counts as 0 months.
 */
final class MonthsElapsed {

    private MonthsElapsed() {
    }

    static double between(LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        long whole = ChronoUnit.MONTHS.between(from, to);
        LocalDate anchor = from.plusMonths(whole);
        long daysIntoMonth = ChronoUnit.DAYS.between(anchor, to);
        long monthLength = ChronoUnit.DAYS.between(anchor, from.plusMonths(whole + 1));
        return whole + (double) daysIntoMonth / monthLength;
    }

    static double halfLifeDecay(double months, double halfLifeMonths) {
        return Math.pow(0.5, months / halfLifeMonths);
    }
}
