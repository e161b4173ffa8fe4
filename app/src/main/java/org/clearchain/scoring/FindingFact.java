package org.clearchain.scoring;

import org.clearchain.reference.Indicator;

import java.time.LocalDate;

/**
 * One finding at one of the supplier's sites.
 *
 * @param inspectionId the inspection (or audit) it came from; {@code null} for a complaint outside any inspection,
 *                     which then counts on its own
 * @param remediationVerified a follow-up has verified its corrective action
 */
public record FindingFact(Indicator indicator, SourceKind source, LocalDate date, String siteId, String inspectionId,
                          boolean remediationVerified) { }
