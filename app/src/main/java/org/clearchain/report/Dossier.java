package org.clearchain.report;

import io.micronaut.core.annotation.Nullable;
import org.clearchain.declaration.DeclarationView;
import org.clearchain.inspection.InspectionView;
import org.clearchain.risk.RiskHistoryEntry;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.supplier.AgencyUseView;
import org.clearchain.supplier.Site;
import org.clearchain.supplier.Supplier;

import org.clearchain.screening.HitView;

import java.time.Instant;
import java.util.List;

/**
 * What a supplier dossier shows, as its reader may see it.
 *
 * @param risk null when the supplier has not been scored yet
 * @param declarations null when the reader's role does not see declarations (inspectors)
 * @param history newest first
 * @param screeningHits null when the reader's role does not review screening hits (the supplier's own staff)
 */
record Dossier(Supplier supplier, List<String> highRiskSectors, List<Site> sites, @Nullable RiskAssessment risk,
               List<RiskHistoryEntry> history, @Nullable List<DeclarationView> declarations,
               List<InspectionView> inspections, List<AgencyUseView> agencyUses,
               @Nullable List<HitView> screeningHits, Instant generatedAt) {
}
