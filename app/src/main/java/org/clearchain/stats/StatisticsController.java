package org.clearchain.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
 * Inspection statistics by sector, country, year, indicator, sex and age band, in JSON or CSV. The public gets them
 * by whole quarters, rounded by the cell-key method with counts under 5 withheld, so that no table, period or
 * difference of them identifies a person; inspectors and the admin get them exact.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class StatisticsController {

    private final InspectionStatistics statistics;

    StatisticsController(InspectionStatistics statistics) {
        this.statistics = statistics;
    }

    /** {@code groupBy} is any subset of sector, country, year, indicator, sex, ageBand; {@code from}/{@code to} bound the visit date. */
    @Get("/api/public/statistics/inspections")
    @Secured(SecurityRule.IS_ANONYMOUS)
    StatisticsTable published(@QueryValue @Nullable String groupBy, @QueryValue @Nullable LocalDate from,
                              @QueryValue @Nullable LocalDate to) {
        return table(groupBy, from, to, true);
    }

    @Get(value = "/api/public/statistics/inspections.csv", produces = "text/csv")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> publishedCsv(@QueryValue @Nullable String groupBy, @QueryValue @Nullable LocalDate from,
                                      @QueryValue @Nullable LocalDate to) {
        return csv(table(groupBy, from, to, true));
    }

    @Get("/api/statistics/inspections")
    @Secured({Roles.INSPECTOR, Roles.ADMIN})
    StatisticsTable whole(@QueryValue @Nullable String groupBy, @QueryValue @Nullable LocalDate from,
                          @QueryValue @Nullable LocalDate to) {
        return table(groupBy, from, to, false);
    }

    @Get(value = "/api/statistics/inspections.csv", produces = "text/csv")
    @Secured({Roles.INSPECTOR, Roles.ADMIN})
    HttpResponse<String> wholeCsv(@QueryValue @Nullable String groupBy, @QueryValue @Nullable LocalDate from,
                                  @QueryValue @Nullable LocalDate to) {
        return csv(table(groupBy, from, to, false));
    }

    private StatisticsTable table(String groupBy, LocalDate from, LocalDate to, boolean forThePublic) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from (" + from + ")");
        }
        List<StatisticsDimension> dimensions = StatisticsDimension.parse(groupBy);
        List<String> names = dimensions.stream().map(StatisticsDimension::parameter).toList();
        if (!forThePublic) {
            List<PublishedCell> exact = statistics.count(dimensions, from, to).stream()
                    .map(c -> PublishedCell.published(c.key(), c.count())).toList();
            return new StatisticsTable(names, from, to, null, null, StatisticsTable.MEASURE, exact);
        }
        // whole quarters: the only periods whose cells carry their keys (InspectionStatistics)
        LocalDate quarterFrom = PublicPeriod.from(from);
        LocalDate quarterTo = PublicPeriod.to(to);
        List<PublishedCell> rounded = statistics.count(dimensions, quarterFrom, quarterTo).stream()
                .map(CellKeys::publish).toList();
        return new StatisticsTable(names, quarterFrom, quarterTo, CellKeys.THRESHOLD, DisclosureControl.CELL_KEY,
                StatisticsTable.MEASURE, rounded);
    }

    private static HttpResponse<String> csv(StatisticsTable table) {
        DisclosureControl control = table.disclosureControl();
        List<String> notes = control == null ? List.of() : List.of(control.note(), control.noteFr());
        return HttpResponse.ok(StatisticsCsv.write(table.groupBy(), table.cells(), notes))
                .contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"inspection-statistics.csv\"");
    }
}
