package org.clearchain.report;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.reference.HighRiskSectors;
import org.clearchain.security.OrganisationRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an employer's year for the due-diligence report: aggregates in SQL where it can, the portfolio row by
 * row where the sectors (a JSON list) must be looked at. Only the buyer's own suppliers are ever touched.
 * Hand-written JDBC: aggregates over the whole portfolio, for ReportBench (docs/performance.md, "PDF reports").
 */
@Singleton
class DueDiligenceReader {

    private static final List<String> BANDS = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "NOT_SCORED");

    private final JdbcOperations jdbc;
    private final OrganisationRepository organisations;
    private final JsonMapper json;
    private final Clock clock;

    DueDiligenceReader(JdbcOperations jdbc, OrganisationRepository organisations, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    DueDiligence read(long buyer, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, Integer> byBand = new LinkedHashMap<>();
        BANDS.forEach(b -> byBand.put(b, 0));
        Map<String, Integer> bySector = new TreeMap<>();
        Map<String, Integer> byCountry = new TreeMap<>();
        List<DueDiligence.HighRiskSupplier> highRisk = new ArrayList<>();
        int suppliers = query("""
                SELECT s.name, s.country, s.sectors, s.risk_score, s.risk_band
                FROM buyer_link bl JOIN supplier s ON s.id = bl.supplier_id WHERE bl.buyer_id = ?
                ORDER BY s.risk_score DESC, s.name""", s -> s.setLong(1, buyer), rs -> {
            String band = rs.getString(5) == null ? "NOT_SCORED" : rs.getString(5);
            byBand.merge(band, 1, Integer::sum);
            byCountry.merge(rs.getString(2), 1, Integer::sum);
            List<String> highRiskSectors = HighRiskSectors.among(sectors(rs.getString(3)));
            (highRiskSectors.isEmpty() ? List.of("—") : highRiskSectors).forEach(sector -> bySector.merge(sector, 1, Integer::sum));
            if (band.equals("HIGH") || band.equals("CRITICAL")) {
                highRisk.add(new DueDiligence.HighRiskSupplier(rs.getString(1), rs.getString(2), rs.getBigDecimal(4), band));
            }
        });
        Map<String, Integer> findings = new LinkedHashMap<>();
        query("""
                SELECT f.indicator, COUNT(*) FROM finding f JOIN inspection i ON i.id = f.inspection_id
                JOIN buyer_link bl ON bl.supplier_id = i.supplier_id AND bl.buyer_id = ?
                WHERE i.status <> 'PLANNED' AND i.visit_date >= ? AND i.visit_date < ?
                GROUP BY f.indicator ORDER BY COUNT(*) DESC, f.indicator""", s -> {
            s.setLong(1, buyer);
            s.setObject(2, from);
            s.setObject(3, to);
        }, rs -> findings.put(rs.getString(1), rs.getInt(2)));
        List<DueDiligence.Action> actions = new ArrayList<>();
        query("""
                SELECT s.name, f.indicator, ca.description, ca.due_date, ca.status, ca.verified_at
                FROM corrective_action ca JOIN finding f ON f.id = ca.finding_id JOIN inspection i ON i.id = f.inspection_id
                JOIN supplier s ON s.id = i.supplier_id JOIN buyer_link bl ON bl.supplier_id = s.id AND bl.buyer_id = ?
                WHERE ca.created_at < ? AND (ca.created_at >= ? OR ca.status <> 'VERIFIED' OR ca.verified_at >= ?)
                ORDER BY s.name, ca.id""", s -> {
            s.setLong(1, buyer);
            s.setObject(2, to.atStartOfDay());
            s.setObject(3, from.atStartOfDay());
            s.setObject(4, from.atStartOfDay());
        }, rs -> actions.add(new DueDiligence.Action(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getString(5), instant(rs.getTimestamp(6)))));
        List<DueDiligence.AgencyComplaint> complaints = new ArrayList<>();
        query("""
                SELECT a.legal_name, c.category, c.status, c.filed_at FROM complaint c JOIN agency a ON a.id = c.agency_id
                WHERE c.filed_at >= ? AND c.filed_at < ? AND c.agency_id IN (
                    SELECT au.agency_id FROM agency_use au JOIN buyer_link bl ON bl.supplier_id = au.supplier_id
                    WHERE bl.buyer_id = ? AND au.agency_id IS NOT NULL)
                ORDER BY c.filed_at, c.id""", s -> {
            s.setObject(1, from.atStartOfDay());
            s.setObject(2, to.atStartOfDay());
            s.setLong(3, buyer);
        }, rs -> complaints.add(new DueDiligence.AgencyComplaint(rs.getString(1), rs.getString(2), rs.getString(3),
                instant(rs.getTimestamp(4)))));
        int[] requests = new int[2];
        query("""
                SELECT COUNT(*), COALESCE(SUM(status = 'ANSWERED'), 0) FROM declaration_request
                WHERE buyer_id = ? AND requested_at >= ? AND requested_at < ?""", s -> {
            s.setLong(1, buyer);
            s.setObject(2, from.atStartOfDay());
            s.setObject(3, to.atStartOfDay());
        }, rs -> {
            requests[0] = rs.getInt(1);
            requests[1] = rs.getInt(2);
        });
        int[] followUps = new int[1];
        query("""
                SELECT COUNT(*) FROM inspection i JOIN buyer_link bl ON bl.supplier_id = i.supplier_id AND bl.buyer_id = ?
                WHERE i.type = 'FOLLOW_UP' AND i.visit_date >= ? AND i.visit_date < ?""", s -> {
            s.setLong(1, buyer);
            s.setObject(2, from);
            s.setObject(3, to);
        }, rs -> followUps[0] = rs.getInt(1));
        LocalDate today = LocalDate.now(clock);
        int verified = (int) actions.stream().filter(a -> a.verifiedAt() != null && !a.verifiedAt().isBefore(instantOf(from))
                && a.verifiedAt().isBefore(instantOf(to))).count();
        int open = (int) actions.stream().filter(a -> a.status().equals("OPEN")).count();
        int overdue = (int) actions.stream().filter(a -> a.status().equals("OPEN") && today.isAfter(a.dueDate())).count();
        String name = organisations.findById(buyer).map(o -> o.name()).orElse("#" + buyer);
        return new DueDiligence(name, year, suppliers, byBand, bySector, byCountry, highRisk, findings, actions, complaints,
                requests[0], requests[1], followUps[0], verified, open, overdue, Instant.now(clock));
    }

    private List<String> sectors(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Instant instantOf(LocalDate date) {
        return date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    /** @return the number of rows handled */
    private int query(String sql, Binder binder, RowHandler handler) {
        return jdbc.prepareStatement(sql, statement -> {
            binder.bind(statement);
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                    rows++;
                }
            }
            return rows;
        });
    }
}
