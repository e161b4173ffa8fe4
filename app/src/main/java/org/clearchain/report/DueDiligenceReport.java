package org.clearchain.report;

import jakarta.inject.Singleton;
import org.clearchain.reference.ComplaintCategory;
import org.clearchain.complaint.ComplaintStatus;
import org.clearchain.inspection.CorrectiveAction;
import org.clearchain.reference.Indicator;
import org.clearchain.scoring.Band;
import org.clearchain.scoring.Methodology;

import java.io.OutputStream;
import java.util.Map;
import java.util.function.Function;

/**
 * An employer's annual due-diligence report in the shape of the German LkSG report to BAFA: A strategy,
 * B risk analysis and prevention, C violations and remedies, D complaints, E evaluation of effectiveness.
 * Clearchain holds the facts; the policy statement and the board's sign-off are the employer's to attach.
 */
@Singleton
class DueDiligenceReport {

    private final ReportFonts fonts;

    DueDiligenceReport(ReportFonts fonts) {
        this.fonts = fonts;
    }

    void write(DueDiligence d, ReportText t, OutputStream out) {
        try (PdfReport pdf = PdfReport.open(out, fonts, t, t.get("dd.header", d.organisation(), String.valueOf(d.year())),
                t.get("footer.dossier", Methodology.v1().version(), t.instant(d.generatedAt())))) {
            pdf.title(t.get("dd.title", String.valueOf(d.year())), d.organisation());
            strategy(pdf, d);
            riskAnalysis(pdf, d);
            violations(pdf, d);
            complaints(pdf, d);
            evaluation(pdf, d);
        }
    }

    private void strategy(PdfReport pdf, DueDiligence d) {
        ReportText t = pdf.text();
        pdf.section(t.get("dd.a"));
        pdf.facts(t.get("dd.organisation"), d.organisation(),
                t.get("dd.year"), String.valueOf(d.year()),
                t.get("dd.suppliers"), String.valueOf(d.suppliers()),
                t.get("dd.methodology"), Methodology.v1().version(),
                t.get("dd.requests"), t.get("dd.requestsValue", d.declarationRequests(), d.declarationsAnswered()));
        pdf.note(t.get("dd.strategyNote"));
    }

    private void riskAnalysis(PdfReport pdf, DueDiligence d) {
        ReportText t = pdf.text();
        pdf.section(t.get("dd.b"));
        if (d.suppliers() == 0) {
            pdf.note(t.get("dd.noSuppliers"));
            return;
        }
        pdf.subsection(t.get("dd.byBand"));
        counts(pdf, t.get("risk.band"), d.byBand(), band -> band.equals("NOT_SCORED") ? t.get("dd.notScored") : t.label(Band.valueOf(band)));
        pdf.subsection(t.get("dd.bySector"));
        counts(pdf, t.get("dd.sector"), d.bySector(), sector -> sector.equals("—") ? t.get("dd.noHighRiskSector") : t.sector(sector));
        pdf.subsection(t.get("dd.byCountry"));
        counts(pdf, t.get("supplier.country"), d.byCountry(), Function.identity());
        pdf.subsection(t.get("dd.highRisk"));
        if (d.highRisk().isEmpty()) {
            pdf.note(t.get("dd.noHighRisk"));
            return;
        }
        ReportTable table = pdf.table(new float[]{5, 1.2f, 1.2f, 1.5f}, t.get("supplier.name"), t.get("supplier.country"),
                t.get("risk.score"), t.get("risk.band"));
        d.highRisk().forEach(s -> table.row(s.name(), s.country(), t.number(s.score()), t.label(Band.valueOf(s.band()))));
        table.end();
    }

    private void violations(PdfReport pdf, DueDiligence d) {
        ReportText t = pdf.text();
        pdf.section(t.get("dd.c"));
        pdf.subsection(t.get("dd.findings", String.valueOf(d.year())));
        if (d.findingsByIndicator().isEmpty()) {
            pdf.note(t.get("dd.noFindings"));
        } else {
            counts(pdf, t.get("finding.indicator"), d.findingsByIndicator(), i -> t.label(Indicator.valueOf(i)));
        }
        pdf.subsection(t.get("dd.actions"));
        if (d.actions().isEmpty()) {
            pdf.note(t.get("dossier.noActions"));
            return;
        }
        ReportTable table = pdf.table(new float[]{3, 2.6f, 4, 1.5f, 1.6f}, t.get("supplier.name"), t.get("action.finding"),
                t.get("action.description"), t.get("action.due"), t.get("action.state"));
        d.actions().forEach(a -> table.row(a.supplier(), t.label(Indicator.valueOf(a.indicator())), a.description(),
                t.date(a.dueDate()), t.label(CorrectiveAction.Status.valueOf(a.status()))));
        table.end();
    }

    private void complaints(PdfReport pdf, DueDiligence d) {
        ReportText t = pdf.text();
        pdf.section(t.get("dd.d"));
        if (d.complaints().isEmpty()) {
            pdf.note(t.get("dd.noComplaints"));
            return;
        }
        ReportTable table = pdf.table(new float[]{4, 2.5f, 2, 2}, t.get("agency.name"), t.get("dd.category"),
                t.get("dd.complaintStatus"), t.get("dd.filed"));
        d.complaints().forEach(c -> table.row(c.agency(), t.label(ComplaintCategory.valueOf(c.category())),
                t.label(ComplaintStatus.valueOf(c.status())), t.instant(c.filedAt())));
        table.end();
        pdf.note(t.get("dd.complaintsNote"));
    }

    private void evaluation(PdfReport pdf, DueDiligence d) {
        ReportText t = pdf.text();
        pdf.section(t.get("dd.e"));
        pdf.facts(t.get("dd.verified"), String.valueOf(d.actionsVerified()),
                t.get("dd.followUps"), String.valueOf(d.followUpInspections()),
                t.get("dd.open"), String.valueOf(d.actionsOpen()),
                t.get("dd.overdue"), String.valueOf(d.actionsOverdue()),
                t.get("dd.answered"), t.get("dd.requestsValue", d.declarationRequests(), d.declarationsAnswered()));
        pdf.note(t.get("dd.evaluationNote"));
    }

    private static void counts(PdfReport pdf, String heading, Map<String, Integer> counts, Function<String, String> label) {
        ReportTable table = pdf.table(new float[]{5, 1.2f}, heading, pdf.text().get("dd.count"));
        counts.forEach((key, count) -> table.row(label.apply(key), String.valueOf(count)));
        table.end();
    }
}
