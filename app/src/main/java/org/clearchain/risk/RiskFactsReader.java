package org.clearchain.risk;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.clearchain.reference.Indicator;
import org.clearchain.scoring.AgencyUseFact;
import org.clearchain.scoring.ChildReferral;
import org.clearchain.scoring.DeclarationFacts;
import org.clearchain.scoring.DeclarationRequestState;
import org.clearchain.scoring.EntityListMatch;
import org.clearchain.scoring.FindingFact;
import org.clearchain.scoring.LicenceState;
import org.clearchain.scoring.PossibleListing;
import org.clearchain.scoring.SourceKind;
import org.clearchain.scoring.SupplierFacts;
import org.clearchain.supplier.AgencyUseRepository;
import org.clearchain.supplier.AgencyUseRow;
import org.clearchain.supplier.LicenceStanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers what the scoring engine needs to know about a supplier from the register, the suppliers, the
 * declarations and the inspections — the only place where the engine's plain records meet the database.
 * Hand-written JDBC: a batch of suppliers per statement, for RiskBench (docs/performance.md, "Risk rescoring").
 */
@Singleton
class RiskFactsReader {

    private final JdbcOperations jdbc;
    private final AgencyUseRepository agencyUses;
    private final JsonMapper json;

    RiskFactsReader(JdbcOperations jdbc, AgencyUseRepository agencyUses, JsonMapper json) {
        this.jdbc = jdbc;
        this.agencyUses = agencyUses;
        this.json = json;
    }

    Optional<SupplierFacts> read(long supplierId, LocalDate today) {
        return Optional.ofNullable(readAll(List.of(supplierId), today).get(supplierId));
    }

    /** The facts of many suppliers in nine queries, whatever their number (callers pass a few hundred at a time). */
    Map<Long, SupplierFacts> readAll(List<Long> supplierIds, LocalDate today) {
        if (supplierIds.isEmpty()) {
            return Map.of();
        }
        String in = "(" + String.join(",", Collections.nCopies(supplierIds.size(), "?")) + ")";
        Map<Long, List<FindingFact>> findings = new HashMap<>();
        query("SELECT i.supplier_id, f.indicator, i.visit_date, i.site_id, i.id,"
                + " EXISTS (SELECT 1 FROM corrective_action ca WHERE ca.finding_id = f.id AND ca.status = 'VERIFIED')"
                + " FROM finding f JOIN inspection i ON i.id = f.inspection_id WHERE i.supplier_id IN " + in
                + " AND i.status IN ('COMPLETED', 'CLOSED') AND f.kind = 'ILO_INDICATOR' ORDER BY f.id",
                supplierIds, rs -> findings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new FindingFact(
                        Indicator.valueOf(rs.getString(2)), SourceKind.INSPECTORATE, rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6))));
        Map<Long, List<AgencyUseFact>> uses = agencyUses(supplierIds, today);
        Map<Long, DeclarationFacts> declarations = new HashMap<>();
        query("SELECT supplier_id, answers, DATE(submitted_at), id FROM declaration WHERE superseded_by IS NULL AND supplier_id IN "
                + in + " ORDER BY id DESC", supplierIds, rs -> declarations.putIfAbsent(rs.getLong(1),
                declaration(tree(rs.getString(2)), rs.getDate(3).toLocalDate(), rs.getString(4))));
        Map<Long, DeclarationRequestState> requests = new HashMap<>();
        List<Object> requestParams = new ArrayList<>();
        requestParams.add(Date.valueOf(today));
        requestParams.addAll(supplierIds);
        query("SELECT supplier_id, MAX(due_date < ?) FROM declaration_request WHERE status = 'OPEN' AND supplier_id IN " + in
                + " GROUP BY supplier_id", requestParams, rs -> requests.put(rs.getLong(1),
                rs.getInt(2) == 1 ? DeclarationRequestState.OVERDUE : DeclarationRequestState.PENDING));
        Map<Long, List<ChildReferral>> children = new HashMap<>();
        query("SELECT i.supplier_id, r.referred_on, i.site_id, r.id FROM referral r JOIN inspection i ON i.id = r.inspection_id"
                + " WHERE (r.women_under18 > 0 OR r.men_under18 > 0) AND i.supplier_id IN " + in, supplierIds,
                rs -> children.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ChildReferral(rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4))));
        Map<Long, List<EntityListMatch>> listed = new HashMap<>();
        query("SELECT h.subject_id, l.name, DATE(h.decided_at), h.id FROM screening_hit h JOIN entity_list_entry e ON e.id = h.entry_id"
                + " JOIN entity_list l ON l.id = e.list_id WHERE h.subject_type = 'SUPPLIER' AND h.status = 'CONFIRMED'"
                + " AND e.forced_labour AND e.removed_at IS NULL AND h.subject_id IN " + in + " ORDER BY h.decided_at, h.id",
                supplierIds, rs -> listed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new EntityListMatch(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4))));
        Map<Long, List<PossibleListing>> awaitingReview = new HashMap<>();
        query("SELECT h.subject_id, l.name, e.forced_labour, DATE(h.raised_at), h.id FROM screening_hit h"
                + " JOIN entity_list_entry e ON e.id = h.entry_id JOIN entity_list l ON l.id = e.list_id"
                + " WHERE h.subject_type = 'SUPPLIER' AND h.status = 'OPEN' AND e.removed_at IS NULL AND h.subject_id IN " + in
                + " ORDER BY h.raised_at, h.id", supplierIds, rs -> awaitingReview.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new PossibleListing(rs.getString(2), rs.getBoolean(3), rs.getDate(4).toLocalDate(), rs.getString(5))));
        Map<Long, SupplierFacts> facts = new HashMap<>();
        query("SELECT id, country, sectors, goods FROM supplier WHERE id IN " + in, supplierIds, rs -> {
            long id = rs.getLong(1);
            facts.put(id, new SupplierFacts(String.valueOf(id), rs.getString(2), strings(rs.getString(3)), strings(rs.getString(4)),
                    findings.get(id), uses.get(id), declarations.get(id),
                    requests.getOrDefault(id, DeclarationRequestState.NONE), listed.get(id), children.get(id),
                    awaitingReview.get(id)));
        });
        return facts;
    }

    private Map<Long, List<AgencyUseFact>> agencyUses(List<Long> supplierIds, LocalDate today) {
        List<AgencyUseRow> rows = agencyUses.findWithLicenceForSuppliers(supplierIds, today);
        List<Long> agencyIds = rows.stream().map(AgencyUseRow::agencyId).filter(Objects::nonNull).distinct().toList();
        Set<Long> feeComplaints = new HashSet<>();
        if (!agencyIds.isEmpty()) {
            query("SELECT DISTINCT agency_id FROM complaint WHERE category = 'RECRUITMENT_FEES' AND substantiated_on IS NOT NULL"
                    + " AND agency_id IN (" + String.join(",", Collections.nCopies(agencyIds.size(), "?")) + ")",
                    agencyIds, rs -> feeComplaints.add(rs.getLong(1)));
        }
        Map<Long, List<AgencyUseFact>> bySupplier = new HashMap<>();
        for (AgencyUseRow row : rows) {
            bySupplier.computeIfAbsent(row.supplierId(), k -> new ArrayList<>()).add(new AgencyUseFact(
                    row.agencyId() == null ? "unregistered:" + row.agencyName() : row.agencyId().toString(), row.agencyName(),
                    licenceState(LicenceStanding.of(row, today)), row.agencyId() != null && feeComplaints.contains(row.agencyId()),
                    row.workforceShare() == null ? null : row.workforceShare().doubleValue(), row.lastPlacementDate()));
        }
        return bySupplier;
    }

    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<?> params, RowHandler handler) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.accept(rs);
                }
            }
            return null;
        });
    }

    /** The register's standing in the methodology's terms: an application not yet decided counts as renewal pending. */
    static LicenceState licenceState(LicenceStanding standing) {
        return switch (standing) {
            case VALID -> LicenceState.ACTIVE;
            case NOT_YET_VALID, PENDING -> LicenceState.RENEWAL_PENDING;
            case EXPIRED -> LicenceState.EXPIRED;
            case SUSPENDED -> LicenceState.SUSPENDED;
            case REVOKED -> LicenceState.REVOKED;
            case REJECTED, SURRENDERED, LICENCE_NOT_FOUND, UNLICENSED, UNREGISTERED -> LicenceState.UNLICENSED;
        };
    }

    /**
     * A current declaration in the engine's terms. It is the supplier's most recent current declaration to any
     * buyer: the supplier's practices are one, whoever asked. Self-declared practices are never "verified good
     * practice".
     */
    private static DeclarationFacts declaration(JsonNode answers, LocalDate submittedOn, String declarationId) {
        boolean employerPays = bool(answers, "recruitmentFees", "employerPaysPolicy");
        boolean recruitersForMigrants = bool(answers, "agencies", "used") && bool(answers, "agencies", "forMigrantWorkers");
        boolean seasonalOrPieceRate = bool(answers, "workforce", "seasonalWork") || bool(answers, "wages", "pieceRate");
        return new DeclarationFacts(submittedOn, employerPays, recruitersForMigrants, migrantShare(answers.get("workforce")),
                seasonalOrPieceRate, Set.of(), declarationId);
    }

    private static Double migrantShare(JsonNode workforce) {
        if (workforce == null) {
            return null;
        }
        long migrants = headcount(workforce.get("migrants"));
        long all = migrants + headcount(workforce.get("nationals"));
        return all == 0 ? null : 100.0 * migrants / all;
    }

    private static long headcount(JsonNode bySex) {
        long total = 0;
        if (bySex != null) {
            for (String sex : List.of("women", "men")) {
                JsonNode bands = bySex.get(sex);
                if (bands != null) {
                    for (String band : List.of("under18", "from18to24", "from25")) {
                        JsonNode n = bands.get(band);
                        total += n == null || !n.isNumber() ? 0 : n.getLongValue();
                    }
                }
            }
        }
        return total;
    }

    private static boolean bool(JsonNode answers, String section, String field) {
        JsonNode s = answers.get(section);
        JsonNode f = s == null ? null : s.get(field);
        return f != null && f.isBoolean() && f.getBooleanValue();
    }

    private List<String> strings(String rawJson) {
        try {
            return rawJson == null ? List.of() : json.readValue(rawJson, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode tree(String rawJson) {
        try {
            return json.readValue(rawJson, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
