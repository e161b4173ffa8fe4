package org.clearchain.stats;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The public asks for whole quarters: a date range is widened to the quarters it touches, so that two ranges a day
 * apart give the same table and cannot isolate one inspection by their difference.
 */
final class PublicPeriod {

    private PublicPeriod() {
    }

    static LocalDate from(LocalDate from) {
        return from == null ? null : from.with(IsoFields.DAY_OF_QUARTER, 1);
    }

    static LocalDate to(LocalDate to) {
        if (to == null) {
            return null;
        }
        LocalDate start = to.with(IsoFields.DAY_OF_QUARTER, 1);
        return start.plusMonths(3).minusDays(1);
    }
}
