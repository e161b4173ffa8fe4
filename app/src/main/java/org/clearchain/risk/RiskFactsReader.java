package org.clearchain.risk;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import org.clearchain.inspection.Indicator;
import org.clearchain.scoring.AgencyUseFact;
import org.clearchain.scoring.ChildReferral;
import org.clearchain.scoring.DeclarationFacts;
import org.clearchain.scoring.DeclarationRequestState;
import org.clearchain.scoring.FindingFact;
import org.clearchain.scoring.LicenceState;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers what the scoring engine needs to know about a supplier from the register, the suppliers, the
 * declarations and the inspections — the only place where the engine's plain records meet the database.
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
        Optional<SupplierFacts> base = jdbc.prepareStatement("SELECT country, sectors, goods FROM supplier WHERE id = ?", s -> {
            s.setLong(1, supplierId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new SupplierFacts(String.valueOf(supplierId), rs.getString(1),
                        strings(rs.getString(2)), strings(rs.getString(3)), null, null, null, null, null, null))
                        : Optional.<SupplierFacts>empty();
            }
        });
        return base.map(facts -> new SupplierFacts(facts.supplierId(), facts.country(), facts.sectors(), facts.goods(),
                findings(supplierId), agencyUses(supplierId, today), declaration(supplierId),
                requestState(supplierId, today), List.of(), childReferrals(supplierId)));
    }

    /** ILO-indicator findings of completed inspections, each with whether a follow-up verified its remediation. */
    private List<FindingFact> findings(long supplierId) {
        return jdbc.prepareStatement("""
                SELECT f.indicator, i.visit_date, i.site_id, i.id,
                       EXISTS (SELECT 1 FROM corrective_action ca WHERE ca.finding_id = f.id AND ca.status = 'VERIFIED')
                FROM finding f JOIN inspection i ON i.id = f.inspection_id
                WHERE i.supplier_id = ? AND i.status IN ('COMPLETED', 'CLOSED') AND f.kind = 'ILO_INDICATOR'
                ORDER BY f.id""", s -> {
            s.setLong(1, supplierId);
            List<FindingFact> facts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.add(new FindingFact(Indicator.valueOf(rs.getString(1)), SourceKind.INSPECTORATE,
                            rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                }
            }
            return facts;
        });
    }

    private List<AgencyUseFact> agencyUses(long supplierId, LocalDate today) {
        List<AgencyUseFact> facts = new ArrayList<>();
        for (AgencyUseRow row : agencyUses.findWithLicence(supplierId, today)) {
            boolean feeComplaint = row.agencyId() != null && substantiatedFeeComplaint(row.agencyId());
            facts.add(new AgencyUseFact(row.agencyId() == null ? "unregistered:" + row.agencyName() : row.agencyId().toString(),
                    row.agencyName(), licenceState(LicenceStanding.of(row, today)), feeComplaint,
                    row.workforceShare() == null ? null : row.workforceShare().doubleValue(), row.lastPlacementDate()));
        }
        return facts;
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

    private boolean substantiatedFeeComplaint(long agencyId) {
        return jdbc.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM complaint WHERE agency_id = ? AND category = 'RECRUITMENT_FEES'
                               AND status = 'SUBSTANTIATED')""", s -> {
            s.setLong(1, agencyId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /**
     * The most recent current declaration of the supplier, to any buyer: the supplier's practices are one, whoever
     * asked. Self-declared practices are never "verified good practice".
     */
    private DeclarationFacts declaration(long supplierId) {
        return jdbc.prepareStatement("""
                SELECT answers, DATE(submitted_at) FROM declaration WHERE supplier_id = ? AND superseded_by IS NULL
                ORDER BY id DESC LIMIT 1""", s -> {
            s.setLong(1, supplierId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                JsonNode answers = tree(rs.getString(1));
                boolean employerPays = bool(answers, "recruitmentFees", "employerPaysPolicy");
                boolean recruitersForMigrants = bool(answers, "agencies", "used") && bool(answers, "agencies", "forMigrantWorkers");
                boolean seasonalOrPieceRate = bool(answers, "workforce", "seasonalWork") || bool(answers, "wages", "pieceRate");
                return new DeclarationFacts(rs.getDate(2).toLocalDate(), employerPays, recruitersForMigrants,
                        migrantShare(answers.get("workforce")), seasonalOrPieceRate, Set.of());
            }
        });
    }

    private DeclarationRequestState requestState(long supplierId, LocalDate today) {
        return jdbc.prepareStatement("""
                SELECT COALESCE(MAX(due_date < ?), -1) FROM declaration_request WHERE supplier_id = ? AND status = 'OPEN'""", s -> {
            s.setDate(1, Date.valueOf(today));
            s.setLong(2, supplierId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                int state = rs.getInt(1);
                return state < 0 ? DeclarationRequestState.NONE
                        : state == 1 ? DeclarationRequestState.OVERDUE : DeclarationRequestState.PENDING;
            }
        });
    }

    private List<ChildReferral> childReferrals(long supplierId) {
        return jdbc.prepareStatement("""
                SELECT r.referred_on, i.site_id FROM referral r JOIN inspection i ON i.id = r.inspection_id
                WHERE i.supplier_id = ? AND (r.women_under18 > 0 OR r.men_under18 > 0)""", s -> {
            s.setLong(1, supplierId);
            List<ChildReferral> referrals = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    referrals.add(new ChildReferral(rs.getDate(1).toLocalDate(), rs.getString(2)));
                }
            }
            return referrals;
        });
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

    private List<String> strings(String rawJson) throws SQLException {
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
