package org.clearchain.report;

import jakarta.inject.Singleton;
import org.clearchain.inspection.Headcount;
import org.clearchain.inspection.Inspection;
import org.clearchain.inspection.InspectionAddendum;
import org.clearchain.inspection.InspectionView;
import org.clearchain.security.OrganisationRepository;
import org.clearchain.supplier.Site;
import org.clearchain.supplier.SiteRepository;
import org.clearchain.supplier.Supplier;
import org.clearchain.supplier.SupplierRepository;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** One inspection as its reader may see it: the visit, findings, corrective actions, referrals (if allowed), addenda. */
@Singleton
class InspectionReport {

    private final SupplierRepository suppliers;
    private final SiteRepository sites;
    private final OrganisationRepository organisations;
    private final ReportFonts fonts;
    private final Clock clock;

    InspectionReport(SupplierRepository suppliers, SiteRepository sites, OrganisationRepository organisations,
                     ReportFonts fonts, Clock clock) {
        this.suppliers = suppliers;
        this.sites = sites;
        this.organisations = organisations;
        this.fonts = fonts;
        this.clock = clock;
    }

    void write(InspectionView view, ReportText t, OutputStream out) {
        Inspection i = view.inspection();
        Supplier supplier = suppliers.findById(i.supplierId()).orElseThrow();
        Site site = sites.findById(i.siteId()).orElseThrow();
        String inspectorate = organisations.findById(i.inspectorateId()).map(o -> o.name()).orElse("#" + i.inspectorateId());
        try (PdfReport pdf = PdfReport.open(out, fonts, t, t.get("inspectionReport.header", i.id()),
                t.get("footer.generated", t.instant(Instant.now(clock))))) {
            pdf.title(t.get("inspectionReport.title", i.id()), supplier.name() + " – " + site.name());
            pdf.facts(t.get("inspectionReport.supplier"), supplier.name() + " (" + supplier.country() + ")",
                    t.get("inspectionReport.site"), site.name() + (site.address() == null ? "" : ", " + site.address()),
                    t.get("inspectionReport.inspectorate"), inspectorate,
                    t.get("inspectionReport.visit"), t.date(i.visitDate()),
                    t.get("inspectionReport.type"), t.label(i.type()),
                    t.get("inspectionReport.announced"), i.announced() ? t.get("yes") : t.get("no"),
                    t.get("inspectionReport.status"), t.label(i.status()),
                    t.get("inspectionReport.present"), headcount(t, i.workersPresent()),
                    t.get("inspectionReport.interviewed"), headcount(t, i.workersInterviewed()));
            pdf.section(t.get("inspectionReport.findings"));
            SupplierDossier.findings(pdf, view.findings());
            pdf.section(t.get("dossier.actions"));
            if (view.findings().stream().allMatch(f -> f.correctiveActions().isEmpty())) {
                pdf.note(t.get("dossier.noActions"));
            } else {
                SupplierDossier.actionTable(pdf, view.findings(), LocalDate.now(clock), f -> f.correctiveActions());
            }
            if (view.referrals() != null) {
                pdf.section(t.get("inspectionReport.referrals"));
                if (view.referrals().isEmpty()) {
                    pdf.note(t.get("inspectionReport.noReferrals"));
                } else {
                    SupplierDossier.referrals(pdf, view.referrals());
                }
            }
            pdf.section(t.get("inspectionReport.addenda"));
            if (view.addenda().isEmpty()) {
                pdf.note(t.get("inspectionReport.noAddenda"));
            }
            for (InspectionAddendum a : view.addenda()) {
                pdf.subsection(t.instant(a.addedAt()) + " – " + a.addedBy());
                pdf.paragraph(a.text());
            }
        }
    }

    private static String headcount(ReportText t, Headcount h) {
        return h == null ? t.get("inspectionReport.notCounted") : SupplierDossier.headcount(t, h);
    }
}
