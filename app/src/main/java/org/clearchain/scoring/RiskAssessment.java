package org.clearchain.scoring;

import org.clearchain.reference.ReferenceEdition;

import java.time.LocalDate;
import java.util.List;

/**
 * A supplier's explained score.
 *
 * @param score 0–100 after floors, rounded to 2 decimals; the sum of the contributions' points
 * @param scoreBeforeFloors {@code min(100, I + E + A + D)}, at least 0
 * @param highRiskSectors the {@code HIGH_RISK_SECTOR} flag: names of the high-risk sectors among its ISIC codes
 * @param lowConfidenceReasons why the score may understate or misstate the risk (empty when confident)
 * @param editionsUsed every reference edition consulted, with its source
 */
public record RiskAssessment(String supplierId, LocalDate asOf, String methodologyVersion, double score, Band band,
                             double scoreBeforeFloors, double inherent, double evidence, double agencies,
                             double declaration, List<Contribution> contributions, List<AppliedFloor> floors,
                             List<String> highRiskSectors, List<String> lowConfidenceReasons,
                             List<ReferenceEdition> editionsUsed) {

    public boolean lowConfidence() {
        return !lowConfidenceReasons.isEmpty();
    }

    public boolean highRiskSector() {
        return !highRiskSectors.isEmpty();
    }

    /** The contributions of one rule, e.g. {@code "E.finding"}. */
    public List<Contribution> contributions(String rule) {
        return contributions.stream().filter(c -> c.rule().equals(rule)).toList();
    }
}
