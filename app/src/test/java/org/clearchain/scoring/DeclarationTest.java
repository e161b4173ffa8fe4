package org.clearchain.scoring;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.clearchain.scoring.Fixtures.AS_OF;
import static org.clearchain.scoring.Fixtures.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DeclarationTest {

    private static RiskAssessment declaring(boolean employerPays, boolean recruiters, Double migrantShare,
                                            boolean seasonal, Set<GoodPractice> verified) {
        return assess(SupplierFacts.of("S-1", "DE").withSectors("6201").withDeclaration(
                new DeclarationFacts(AS_OF.minusMonths(1), employerPays, recruiters, migrantShare, seasonal, verified)));
    }

    @Test
    void eachDeclaredRiskFactorAddsItsPoints() {
        assertEquals(3.0, declaring(false, false, null, false, Set.of()).declaration(), 1e-9); // no employer pays
        assertEquals(3.0, declaring(true, true, null, false, Set.of()).declaration(), 1e-9);   // recruiters for migrants
        assertEquals(2.0, declaring(true, false, 10.01, false, Set.of()).declaration(), 1e-9); // migrants > 10 %
        assertEquals(0.0, declaring(true, false, 10.0, false, Set.of()).declaration(), 1e-9);  // exactly 10 %: not above
        assertEquals(2.0, declaring(true, false, null, true, Set.of()).declaration(), 1e-9);   // seasonal / piece rate
        assertEquals(10.0, declaring(false, true, 50.0, true, Set.of()).declaration(), 1e-9);  // 3 + 3 + 2 + 2
    }

    @Test
    void verifiedGoodPracticeTakesOffUpToFive() {
        RiskAssessment all = declaring(false, true, 50.0, true, EnumSet.allOf(GoodPractice.class));
        assertEquals(5.0, all.declaration(), 1e-9); // 10 − (2 + 1 + 1 + 1)
        RiskAssessment some = declaring(false, false, null, false, Set.of(GoodPractice.EMPLOYER_PAYS_FEES_REIMBURSED));
        assertEquals(1.0, some.declaration(), 1e-9); // 3 − 2
    }

    @Test
    void goodPracticeNeverTakesTheScoreBelowInherentEvidenceAndAgencies() {
        RiskAssessment clean = declaring(true, false, null, false, EnumSet.allOf(GoodPractice.class));
        // −5 from good practice, nothing declared to offset: D stops at 0 so the score stays I + E + A = 0
        assertEquals(0.0, clean.declaration(), 1e-9);
        assertEquals(5.0, Fixtures.points(clean, "D.never-cancels-evidence"), 1e-9);
        assertEquals(0.0, clean.score(), 1e-9);
    }

    @Test
    void overdueDeclarationAddsFiveMissingThreePendingNothing() {
        SupplierFacts none = SupplierFacts.of("S-1", "DE").withSectors("6201");
        assertEquals(5.0, assess(none.withDeclarationRequest(DeclarationRequestState.OVERDUE)).declaration(), 1e-9);
        assertEquals(3.0, assess(none).declaration(), 1e-9);
        assertEquals(0.0, assess(none.withDeclarationRequest(DeclarationRequestState.PENDING)).declaration(), 1e-9);
        assertEquals(1, assess(none.withDeclarationRequest(DeclarationRequestState.PENDING)).contributions("D.pending").size());
    }
}
