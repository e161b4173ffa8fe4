package org.clearchain.scoring;

import org.clearchain.reference.CountryRisk;
import org.clearchain.reference.CountryRiskTable;
import org.clearchain.reference.ReferenceEdition;
import org.clearchain.reference.ReferenceDataCsv;

import org.clearchain.reference.Indicator;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Reference data and facts for scoring tests: small, verified, and only what the tests need. */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    static final ScoringEngine ENGINE = ScoringEngine.v1();

    /** BD c = 0.6, IN c = 0.4, PK listed without a figure (Southern Asia mean 0.5); NR listed alone, no figure. */
    static final ReferenceData REFERENCE = new ReferenceData(
            CountryRiskTable.of(new ReferenceEdition("country-risk", "Test index", "test-2026", true), List.of(
                    new CountryRisk("BD", 0.6, "Southern Asia", "Test index", "test-2026"),
                    new CountryRisk("IN", 0.4, "Southern Asia", "Test index", "test-2026"),
                    new CountryRisk("PK", null, "Southern Asia", "Test index", "test-2026"),
                    new CountryRisk("NR", null, "Micronesia", "Test index", "test-2026"),
                    new CountryRisk("DE", 0.0, "Western Europe", "Test index", "test-2026"))),
            ReferenceDataCsv.read(StarterReferenceData.SECTOR_TIERS_V1, r -> StarterReferenceData.sectorTiers(r,
                    new ReferenceEdition("sector-tiers", "Clearchain methodology v1", "v1", true),
                    ReferenceDataCsv.isicCodes())),
            ReferenceDataCsv.goodsList(new StringReader("""
                    Country,Good,Child Labor,Forced Labor
                    Bangladesh,Garments,X,
                    India,Bricks,X,X
                    India,Cotton,X,
                    Bangladesh,Fish,,X
                    """), new ReferenceEdition("goods-list", "Test list", "test-2026", true)));

    private Fixtures() {
    }

    static RiskAssessment assess(SupplierFacts facts) {
        return ENGINE.assess(facts, REFERENCE, AS_OF);
    }

    /** A supplier in Germany (c = 0) in an "other" sector (tier 0) with a clean declaration: 0 points to start. */
    static SupplierFacts neutral() {
        return SupplierFacts.of("S-1", "DE").withSectors("6201").withDeclaration(cleanDeclaration());
    }

    static DeclarationFacts cleanDeclaration() {
        return new DeclarationFacts(AS_OF.minusMonths(1), true, false, 0.0, false, Set.of());
    }

    static FindingFact finding(Indicator indicator, SourceKind source, LocalDate date, String site, String inspection) {
        return new FindingFact(indicator, source, date, site, inspection, false);
    }

    static FindingFact inspectorate(Indicator indicator, int monthsAgo, String site) {
        return finding(indicator, SourceKind.INSPECTORATE, AS_OF.minusMonths(monthsAgo), site, "INS-" + monthsAgo);
    }

    static AgencyUseFact agency(LicenceState state, Double share, LocalDate lastPlacement) {
        return new AgencyUseFact("AG-" + state, "Agency " + state, state, false, share, lastPlacement);
    }

    static double sum(RiskAssessment assessment) {
        return assessment.contributions().stream().mapToDouble(Contribution::points).sum();
    }

    static double points(RiskAssessment assessment, String rule) {
        return assessment.contributions(rule).stream().mapToDouble(Contribution::points).sum();
    }
}
