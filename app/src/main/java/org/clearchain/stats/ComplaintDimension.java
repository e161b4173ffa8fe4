package org.clearchain.stats;

import org.clearchain.common.ProblemException;
import org.clearchain.stats.ComplaintCountRepository.ComplaintGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What complaint statistics can be broken down by: the complaint's category, the year it was filed, whom it is
 * against (a registered agency, or an unlicensed recruiter that no register holds) and that one's country.
 */
enum ComplaintDimension {
    CATEGORY("category", ComplaintGroup::category),
    YEAR("year", group -> Objects.toString(group.filedYear(), null)),
    AGAINST("against", ComplaintGroup::against),
    COUNTRY("country", ComplaintGroup::country);

    private final String parameter;
    private final Function<ComplaintGroup, String> value;

    ComplaintDimension(String parameter, Function<ComplaintGroup, String> value) {
        this.parameter = parameter;
        this.value = value;
    }

    String parameter() {
        return parameter;
    }

    /** This dimension's value for a group of complaints; null for a recruiter whose country is not known. */
    String valueOf(ComplaintGroup group) {
        return value.apply(group);
    }

    /** {@code groupBy=against,year}: each name once, in the order given. */
    static List<ComplaintDimension> parse(String groupBy) {
        List<ComplaintDimension> dimensions = new ArrayList<>();
        if (groupBy == null || groupBy.isBlank()) {
            return dimensions;
        }
        for (String name : groupBy.split(",")) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            ComplaintDimension dimension = Arrays.stream(values()).filter(d -> d.parameter.equals(wanted)).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField("groupBy", "'" + name.strip()
                            + "' is not a dimension of complaint statistics; use any of category, year, against, country"));
            if (dimensions.contains(dimension)) {
                throw ProblemException.invalidField("groupBy", "'" + dimension.parameter + "' is named twice");
            }
            dimensions.add(dimension);
        }
        return dimensions;
    }
}
