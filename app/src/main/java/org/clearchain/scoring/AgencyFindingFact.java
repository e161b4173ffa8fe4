package org.clearchain.scoring;

import org.clearchain.reference.Indicator;

import java.time.LocalDate;

/** A finding at a site where the agency placed workers, naming the agency. */
public record AgencyFindingFact(Indicator indicator, LocalDate date, String inspectionId, String siteId) { }
