package org.clearchain.scoring;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the supplier's current declaration says, plus good practice that an inspectorate or audit has verified.
 *
 * @param migrantSharePercent share of migrant workers, 0–100, {@code null} if not declared
 * @param declarationId the declaration's id, {@code null} when not known
 */
public record DeclarationFacts(LocalDate submittedOn, boolean employerPaysPolicy, boolean recruitersForMigrantWorkers,
                               Double migrantSharePercent, boolean seasonalOrPieceRateWork,
                               Set<GoodPractice> verifiedGoodPractice, String declarationId) {
    public DeclarationFacts {
        verifiedGoodPractice = verifiedGoodPractice == null ? Set.of() : Set.copyOf(verifiedGoodPractice);
    }

    public DeclarationFacts(LocalDate submittedOn, boolean employerPaysPolicy, boolean recruitersForMigrantWorkers,
                            Double migrantSharePercent, boolean seasonalOrPieceRateWork,
                            Set<GoodPractice> verifiedGoodPractice) {
        this(submittedOn, employerPaysPolicy, recruitersForMigrantWorkers, migrantSharePercent, seasonalOrPieceRateWork,
                verifiedGoodPractice, null);
    }
}
