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
 * Supplier lists, paged, sorted and filtered in one SQL statement. Written by hand because the filters and
 * the sort order vary: the statement is built from fixed fragments only, every value goes in as a parameter.
 */
@Singleton
class SupplierList {

    /** A licence problem: an agency used that is unregistered, or has no licence valid today. */
    private static final String LICENCE_PROBLEM = """
            EXISTS (SELECT 1 FROM agency_use au WHERE au.supplier_id = s.id AND (au.agency_id IS NULL OR NOT EXISTS (
                SELECT 1 FROM licence l WHERE l.agency_id = au.agency_id
                  AND (au.licence_number IS NULL OR l.number = au.licence_number)
                  AND l.status = 'ACTIVE' AND l.valid_from <= ? AND l.valid_until >= ?)))""";

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
        StringBuilder from = new StringBuilder();
        if (buyer) {
            from.append(" FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id WHERE bl.buyer_id = ?");
            params.add(actor.organisationId());
        } else if (actor.is(Role.SUPPLIER)) {
            from.append(" FROM supplier s WHERE s.supplier_organisation_id = ?");
            params.add(actor.organisationId());
        } else {
            from.append(" FROM supplier s WHERE 1 = 1");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            from.append(" AND s.name LIKE ? ESCAPE '!'");
            params.add(AgencyRepository.containsPattern(filter.q()));
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            from.append(" AND s.country = ?");
            params.add(filter.country().strip().toUpperCase());
        }
        if (filter.sector() != null && !filter.sector().isBlank()) {
            from.append(" AND JSON_SEARCH(s.sectors, 'one', ?) IS NOT NULL");
            params.add(filter.sector().strip() + "%");
        }
        if (filter.highRiskSector() != null) {
            List<String> prefixes = new ArrayList<>();
            HighRiskSectors.all().forEach(sector -> prefixes.addAll(HighRiskSectors.codesOf(sector)));
            from.append(filter.highRiskSector() ? " AND (" : " AND NOT (");
            for (int i = 0; i < prefixes.size(); i++) {
                from.append(i == 0 ? "" : " OR ").append("JSON_SEARCH(s.sectors, 'one', ?) IS NOT NULL");
                params.add(prefixes.get(i) + "%");
            }
            from.append(")");
        }
        if (buyer && filter.tier() != null) {
            from.append(" AND bl.tier = ?");
            params.add(filter.tier());
        }
        if (filter.licenceProblem() != null) {
            from.append(filter.licenceProblem() ? " AND " : " AND NOT ").append(LICENCE_PROBLEM);
            params.add(Date.valueOf(today));
            params.add(Date.valueOf(today));
        }
        String where = from.toString();
        List<Object> whereParams = List.copyOf(params);
        String statusColumn = buyer ? DECLARATION_STATUS : "NULL";
        String tierColumn = buyer ? "bl.tier" : "NULL";
        StringBuilder select = new StringBuilder("SELECT * FROM (SELECT s.id, s.name, s.country, s.sectors, s.created_at, ")
                .append(tierColumn).append(" AS tier, ").append(statusColumn).append(" AS declaration_status, ")
                .append(LICENCE_PROBLEM).append(" AS licence_problem").append(where).append(") x");
        List<Object> selectParams = new ArrayList<>();
        if (buyer) {
            selectParams.add(Date.valueOf(today));
        }
        selectParams.add(Date.valueOf(today));
        selectParams.add(Date.valueOf(today));
        selectParams.addAll(whereParams);
        if (buyer && filter.declarationStatus() != null) {
            select.append(" WHERE x.declaration_status = ?");
            selectParams.add(filter.declarationStatus().name());
        }
        select.append(" ORDER BY x.").append(filter.sort().column()).append(filter.sort().descending() ? " DESC" : " ASC")
                .append(", x.id LIMIT ? OFFSET ?");
        selectParams.add(page.size());
        selectParams.add(page.offset());

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
        long total;
        if (buyer && filter.declarationStatus() != null) {
            String countSql = "SELECT COUNT(*) FROM (SELECT " + DECLARATION_STATUS + " AS declaration_status" + where
                    + ") x WHERE x.declaration_status = ?";
            List<Object> countParams = new ArrayList<>();
            countParams.add(Date.valueOf(today));
            countParams.addAll(whereParams);
            countParams.add(filter.declarationStatus().name());
            total = count(countSql, countParams);
        } else {
            total = count("SELECT COUNT(*)" + where, whereParams);
        }
        return PageView.of(items, page, total);
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
