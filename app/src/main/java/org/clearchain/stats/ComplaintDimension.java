package org.clearchain.stats;

import org.clearchain.common.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What complaint statistics can be broken down by: the complaint's category, the year it was filed, whom it is
 * against (a registered agency, or an unlicensed recruiter that no register holds) and that one's country.
 */
enum ComplaintDimension {
    CATEGORY("category", "c.category"),
    YEAR("year", "YEAR(c.filed_at)"),
    AGAINST("against", "IF(c.agency_id IS NULL, 'UNLICENSED_RECRUITER', 'REGISTERED_AGENCY')"),
    COUNTRY("country", "COALESCE(a.country, r.country)");

    private final String parameter;
    // fixed SQL, never text from the request
    private final String expression;

    ComplaintDimension(String parameter, String expression) {
        this.parameter = parameter;
        this.expression = expression;
    }

    String parameter() {
        return parameter;
    }

    String expression() {
        return expression;
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
