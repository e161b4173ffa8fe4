package org.clearchain.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.util.Locale;

/** An auditor's portfolio by risk ({@link Portfolio}). */
@Controller("/api/risk/portfolio")
@Secured(Roles.AUDITOR)
@ExecuteOn(TaskExecutors.BLOCKING)
class PortfolioController {

    private final Portfolio portfolio;

    PortfolioController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    /** {@code sort} = priority (default), score or band; highest first. */
    @Get
    PageView<Portfolio.PortfolioItem> portfolio(@QueryValue @Nullable String sort, @QueryValue @Nullable Integer page,
                                                @QueryValue @Nullable Integer size, Authentication user) {
        Portfolio.Order order = switch (sort == null ? "priority" : sort.strip().toLowerCase(Locale.ROOT)) {
            case "priority" -> Portfolio.Order.PRIORITY;
            case "score" -> Portfolio.Order.SCORE;
            case "band" -> Portfolio.Order.BAND;
            default -> throw ProblemException.invalidField("sort", "'" + sort + "' is not a sort order; use priority, score or band");
        };
        return portfolio.page(Actor.of(user).organisationId(), order, PageRequest.of(page, size));
    }

    /** Suppliers by band, and how many have possible listings awaiting screening review (and how many hits). */
    @Get("/summary")
    Portfolio.PortfolioSummary summary(Authentication user) {
        return portfolio.summary(Actor.of(user).organisationId());
    }
}
