package org.clearchain.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Roles;

import java.time.LocalDate;
import java.util.List;

/**
 * Complaint statistics by category, year, whom the complaint is against (a registered agency or an unlicensed
 * recruiter) and its country. The public gets whole quarters, rounded by the cell-key method with counts under 5
 * withheld, as for inspections; licensing officers and the admin get them exact.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintStatisticsController {

    static final String MEASURE = "complaints filed, against registered agencies and unlicensed recruiters";

    private final ComplaintStatistics statistics;

    ComplaintStatisticsController(ComplaintStatistics statistics) {
        this.statistics = statistics;
    }

    /** {@code groupBy} is any subset of category, year, against, country; {@code from}/{@code to} bound the filing date. */
    @Get("/api/public/statistics/complaints")
    @Secured(SecurityRule.IS_ANONYMOUS)
    StatisticsTable published(@QueryValue @Nullable String groupBy, @QueryValue @Nullable LocalDate from,
                              @QueryValue @Nullable LocalDate to) {
        List<ComplaintDimension> dimensions = dimensions(groupBy, from, to);
        LocalDate quarterFrom = PublicPeriod.from(from);
        LocalDate quarterTo = PublicPeriod.to(to);
        List<PublishedCell> rounded = statistics.count(dimensions, quarterFrom, quarterTo).stream().map(CellKeys::publish).toList();
        return new StatisticsTable(names(dimensions), quarterFrom, quarterTo, CellKeys.THRESHOLD, DisclosureControl.CELL_KEY,
                MEASURE, rounded);
    }

    @Get("/api/statistics/complaints")
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN})
    StatisticsTable whole(@QueryValue @Nullable String groupBy, @QueryValue @Nullable LocalDate from,
                          @QueryValue @Nullable LocalDate to) {
        List<ComplaintDimension> dimensions = dimensions(groupBy, from, to);
        List<PublishedCell> exact = statistics.count(dimensions, from, to).stream()
                .map(c -> PublishedCell.published(c.key(), c.count())).toList();
        return new StatisticsTable(names(dimensions), from, to, null, null, MEASURE, exact);
    }

    private static List<ComplaintDimension> dimensions(String groupBy, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from (" + from + ")");
        }
        return ComplaintDimension.parse(groupBy);
    }

    private static List<String> names(List<ComplaintDimension> dimensions) {
        return dimensions.stream().map(ComplaintDimension::parameter).toList();
    }
}
