package org.clearchain.supplier;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.reference.HighRiskSectors;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Supplier lists, paged, sorted and filtered in SQL. Written by hand because the filters and the sort order
 * vary: the statement is built from fixed fragments only, every value goes in as a parameter. The licence
 * problem is read from {@code supplier.licence_problem}, which {@link LicenceProblems} keeps current.
 * Hand-written JDBC: SupplierListBench (docs/performance.md, "Supplier list at 100,000 suppliers").
 */
@Singleton
class SupplierList {

    private static final String DECLARATION_STATUS = """
            CASE
              WHEN EXISTS (SELECT 1 FROM declaration_request r WHERE r.buyer_id = bl.buyer_id AND r.supplier_id = s.id
                           AND r.status = 'OPEN' AND r.due_date < ?) THEN 'OVERDUE'
              WHEN EXISTS (SELECT 1 FROM declaration_request r WHERE r.buyer_id = bl.buyer_id AND r.supplier_id = s.id
                           AND r.status = 'OPEN') THEN 'REQUESTED'
              WHEN EXISTS (SELECT 1 FROM declaration d WHERE d.buyer_id = bl.buyer_id AND d.supplier_id = s.id) THEN 'SUBMITTED'
              ELSE 'NONE' END""";

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SupplierList(JdbcOperations jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PageView<SupplierListItem> list(Actor actor, SupplierFilter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        boolean buyer = actor.is(Role.AUDITOR);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (buyer) {
            where.append(" FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id WHERE bl.buyer_id = ?");
            params.add(actor.organisationId());
        } else if (actor.is(Role.SUPPLIER)) {
            where.append(" FROM supplier s WHERE s.supplier_organisation_id = ?");
            params.add(actor.organisationId());
        } else {
            where.append(" FROM supplier s WHERE 1 = 1");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" AND s.name LIKE ? ESCAPE '!'");
            params.add(AgencyRepository.containsPattern(filter.q()));
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.append(" AND s.country = ?");
            params.add(filter.country().strip().toUpperCase());
        }
        if (filter.sector() != null && !filter.sector().isBlank()) {
            where.append(" AND JSON_SEARCH(s.sectors, 'one', ?) IS NOT NULL");
            params.add(filter.sector().strip() + "%");
        }
        if (filter.highRiskSector() != null) {
            List<String> prefixes = new ArrayList<>();
            HighRiskSectors.all().forEach(sector -> prefixes.addAll(HighRiskSectors.codesOf(sector)));
            where.append(filter.highRiskSector() ? " AND (" : " AND NOT (");
            for (int i = 0; i < prefixes.size(); i++) {
                where.append(i == 0 ? "" : " OR ").append("JSON_SEARCH(s.sectors, 'one', ?) IS NOT NULL");
                params.add(prefixes.get(i) + "%");
            }
            where.append(")");
        }
        if (buyer && filter.tier() != null) {
            where.append(" AND bl.tier = ?");
            params.add(filter.tier());
        }
        if (filter.licenceProblem() != null) {
            where.append(" AND s.licence_problem = ?");
            params.add(filter.licenceProblem());
        }
        if (buyer && filter.declarationStatus() != null) {
            where.append(" AND ").append(DECLARATION_STATUS).append(" = ?");
            params.add(Date.valueOf(today));
            params.add(filter.declarationStatus().name());
        }

        // The page's ids first, then their columns: the declaration status is worked out for 20 rows, not all.
        String orderBy = filter.sort().orderBy(buyer);
        StringBuilder select = new StringBuilder("SELECT s.id, s.name, s.country, s.sectors, s.licence_problem, ")
                .append(buyer ? "bl.tier" : "NULL").append(" AS tier, ")
                .append(buyer ? DECLARATION_STATUS : "NULL").append(" AS declaration_status")
                .append(" FROM (SELECT s.id").append(where).append(" ORDER BY ").append(orderBy).append(" LIMIT ? OFFSET ?) page")
                .append(" JOIN supplier s ON s.id = page.id");
        List<Object> selectParams = new ArrayList<>();
        if (buyer) {
            select.append(" JOIN buyer_link bl ON bl.supplier_id = s.id AND bl.buyer_id = ?");
            selectParams.add(Date.valueOf(today));
        }
        selectParams.addAll(params);
        selectParams.add(page.size());
        selectParams.add(page.offset());
        if (buyer) {
            selectParams.add(actor.organisationId());
        }
        select.append(" ORDER BY ").append(orderBy);

        List<SupplierListItem> items = jdbc.prepareStatement(select.toString(), statement -> {
            bind(statement, selectParams);
            List<SupplierListItem> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(item(rs));
                }
            }
            return rows;
        });
        return PageView.of(items, page, count("SELECT COUNT(*)" + where, params));
    }

    private long count(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private SupplierListItem item(ResultSet rs) throws SQLException {
        List<String> sectors = sectors(rs.getString("sectors"));
        int tier = rs.getInt("tier");
        Integer tierOrNull = rs.wasNull() ? null : tier;
        String status = rs.getString("declaration_status");
        return new SupplierListItem(rs.getLong("id"), rs.getString("name"), rs.getString("country"), sectors,
                HighRiskSectors.among(sectors), tierOrNull, status == null ? null : DeclarationStatus.valueOf(status),
                rs.getBoolean("licence_problem"));
    }

    private List<String> sectors(String raw) {
        try {
            return raw == null ? List.of() : json.readValue(raw, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }
}
