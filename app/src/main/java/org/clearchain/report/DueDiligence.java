package org.clearchain.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One employer's due-diligence year, in the order of the German LkSG report to BAFA: its portfolio and how risk
 * spreads over it, the high-risk suppliers, violations found and what was done about them, complaints about the
 * agencies its suppliers use, and the evidence that the measures worked.
 *
 * @param byBand band name (or NOT_SCORED) to number of suppliers, highest band first
 */
record DueDiligence(String organisation, int year, int suppliers, Map<String, Integer> byBand,
                    Map<String, Integer> bySector, Map<String, Integer> byCountry, List<HighRiskSupplier> highRisk,
                    Map<String, Integer> findingsByIndicator, List<Action> actions, List<AgencyComplaint> complaints,
                    int declarationRequests, int declarationsAnswered, int followUpInspections, int actionsVerified,
                    int actionsOpen, int actionsOverdue, Instant generatedAt) {

    record HighRiskSupplier(String name, String country, BigDecimal score, String band) {
    }

    record Action(String supplier, String indicator, String description, LocalDate dueDate, String status,
                  Instant verifiedAt) {
    }

    record AgencyComplaint(String agency, String category, String status, Instant filedAt) {
    }
}
