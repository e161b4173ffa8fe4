package org.clearchain.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An auditor's portfolio by risk. Priority is the score times the buyer's leverage: the share of the supplier's
 * output it buys when known, else an assumed 50 % — a supplier that depends on you is one you can move.
 */
@Controller("/api/risk/portfolio")
@Secured(Roles.AUDITOR)
@ExecuteOn(TaskExecutors.BLOCKING)
class PortfolioController {

    private final JdbcOperations jdbc;

    PortfolioController(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code sort} = priority (default), score or band; highest first. */
    @Get
    @Transactional(readOnly = true)
    PageView<PortfolioItem> portfolio(@QueryValue @Nullable String sort, @QueryValue @Nullable Integer page,
                                      @QueryValue @Nullable Integer size, Authentication user) {
        String order = switch (sort == null ? "priority" : sort.strip().toLowerCase(Locale.ROOT)) {
            case "priority" -> "priority DESC";
            case "score" -> "s.risk_score DESC";
            case "band" -> "FIELD(s.risk_band, 'CRITICAL', 'HIGH', 'MEDIUM', 'LOW'), s.risk_score DESC";
            default -> throw ProblemException.invalidField("sort", "'" + sort + "' is not a sort order; use priority, score or band");
        };
        PageRequest request = PageRequest.of(page, size);
        long buyer = Actor.of(user).organisationId();
        List<PortfolioItem> items = jdbc.prepareStatement("""
                SELECT s.id, s.name, s.country, s.risk_score, s.risk_band, bl.tier, bl.share_of_output,
                       COALESCE(s.risk_score, 0) * COALESCE(bl.share_of_output / 100, 0.5) AS priority
                FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id WHERE bl.buyer_id = ?
                ORDER BY\s""" + order + ", s.id LIMIT ? OFFSET ?", s -> {
            s.setLong(1, buyer);
            s.setInt(2, request.size());
            s.setLong(3, request.offset());
            List<PortfolioItem> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PortfolioItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getString(5), rs.getInt(6), rs.getBigDecimal(7), rs.getBigDecimal(8)));
                }
            }
            return rows;
        });
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM buyer_link WHERE buyer_id = ?", s -> {
            s.setLong(1, buyer);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return PageView.of(items, request, total);
    }

    /** A supplier in the portfolio; {@code shareOfOutput} is null when the buyer has not said. */
    @Serdeable
    record PortfolioItem(long supplierId, String name, String country, @Nullable BigDecimal score, @Nullable String band,
                         int tier, @Nullable BigDecimal shareOfOutput, BigDecimal priority) {
    }
}
