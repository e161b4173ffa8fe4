package org.clearchain.scoring;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the supplier's current declaration says, plus good practice that an inspectorate or audit has verified.
 *
 * @param migrantSharePercent share of migrant workers, 0–100, {@code null} if not declared
 */
public record DeclarationFacts(LocalDate submittedOn, boolean employerPaysPolicy, boolean recruitersForMigrantWorkers,
                               Double migrantSharePercent, boolean seasonalOrPieceRateWork,
                               Set<GoodPractice> verifiedGoodPractice) {
    public DeclarationFacts {
        verifiedGoodPractice = verifiedGoodPractice == null ? Set.of() : Set.copyOf(verifiedGoodPractice);
    }
}
