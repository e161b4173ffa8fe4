package org.clearchain.stats;

import org.clearchain.common.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What inspection statistics can be broken down by. The first four are columns of the finding table; sex and
 * age band are its six worker counts, unfolded.
 */
public enum StatisticsDimension {
    SECTOR("sector", "stat_sector"),
    COUNTRY("country", "stat_country"),
    YEAR("year", "stat_year"),
    INDICATOR("indicator", "indicator"),
    SEX("sex", null),
    AGE_BAND("ageBand", null);

    private final String parameter;
    // fixed SQL, never text from the request
    private final String column;

    StatisticsDimension(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    public String parameter() {
        return parameter;
    }

    String column() {
        return column;
    }

    boolean isColumn() {
        return column != null;
    }

    /** {@code groupBy=sector,year}: each name once, in the order given. */
    static List<StatisticsDimension> parse(String groupBy) {
        List<StatisticsDimension> dimensions = new ArrayList<>();
        if (groupBy == null || groupBy.isBlank()) {
            return dimensions;
        }
        for (String name : groupBy.split(",")) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            StatisticsDimension dimension = Arrays.stream(values()).filter(d -> d.parameter.toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst().orElseThrow(() -> ProblemException.invalidField("groupBy", "'" + name.strip()
                            + "' is not a dimension; use any of sector, country, year, indicator, sex, ageBand"));
            if (dimensions.contains(dimension)) {
                throw ProblemException.invalidField("groupBy", "'" + dimension.parameter + "' is named twice");
            }
            dimensions.add(dimension);
        }
        return dimensions;
    }
}
