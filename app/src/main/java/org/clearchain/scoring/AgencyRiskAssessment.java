package org.clearchain.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency's explained score, 0–100, banded like a supplier's.
 *
 * @param highRiskSectors the {@code HIGH_RISK_SECTOR} flag for the sectors it serves
 */
public record AgencyRiskAssessment(String agencyId, LocalDate asOf, String methodologyVersion, double score,
                                   Band band, List<Contribution> contributions, List<String> highRiskSectors) {

    public List<Contribution> contributions(String rule) {
        return contributions.stream().filter(c -> c.rule().equals(rule)).toList();
    }
}
