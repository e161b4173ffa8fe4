package org.clearchain.report;

import jakarta.inject.Singleton;
import org.clearchain.declaration.DeclarationView;
import org.clearchain.inspection.CorrectiveAction;
import org.clearchain.inspection.FindingView;
import org.clearchain.inspection.Headcount;
import org.clearchain.inspection.InspectionView;
import org.clearchain.inspection.ReferralView;
import org.clearchain.risk.RiskHistoryEntry;
import org.clearchain.scoring.AppliedFloor;
import org.clearchain.reference.ReferenceEdition;
import org.clearchain.scoring.Contribution;
import org.clearchain.scoring.Methodology;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.supplier.AgencyUseView;
import org.clearchain.supplier.Site;

import java.io.OutputStream;
import java.time.Clock;
import org.clearchain.screening.HitStatus;
import org.clearchain.screening.HitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supplier due-diligence dossier: profile, sites, score with every contribution and floor, score history,
 * declarations with their licence cross-checks, inspections and findings, corrective actions, and agencies with
 * their licence standing today.
 */
@Singleton
class SupplierDossier {

    private final ReportFonts fonts;
    private final Clock clock;

    SupplierDossier(ReportFonts fonts, Clock clock) {
        this.fonts = fonts;
        this.clock = clock;
    }

    void write(Dossier d, ReportText text, OutputStream out) {
        String methodology = d.risk() != null ? d.risk().methodologyVersion() : Methodology.v1().version();
        String footer = text.get("footer.dossier", methodology, text.instant(d.generatedAt()));
        try (PdfReport pdf = PdfReport.open(out, fonts, text, text.get("dossier.header", d.supplier().name()), footer)) {
            pdf.title(text.get("dossier.title"), d.supplier().name() + " (" + d.supplier().country() + ")");
            profile(pdf, d);
            sites(pdf, d.sites());
            risk(pdf, text.explained(d.risk()));
            history(pdf, d.history());
            declarations(pdf, d.declarations());
            inspections(pdf, d);
            correctiveActions(pdf, d.inspections());
            agencies(pdf, d.agencyUses());
            screening(pdf, d.screeningHits());
        }
    }

    private void profile(PdfReport pdf, Dossier d) {
        ReportText t = pdf.text();
        pdf.section(t.get("dossier.profile"));
        pdf.facts(t.get("supplier.name"), d.supplier().name(),
                t.get("supplier.country"), d.supplier().country(),
                t.get("supplier.registration"), d.supplier().registrationNumber(),
                t.get("supplier.osh"), d.supplier().openSupplyHubId(),
                t.get("supplier.sectors"), String.join(", ", d.supplier().sectors()),
                t.get("supplier.highRiskSectors"), d.highRiskSectors().isEmpty() ? t.get("none")
                        : String.join(", ", d.highRiskSectors().stream().map(t::sector).toList()),
                t.get("supplier.goods"), String.join(", ", d.supplier().goods()));
    }

    private void sites(PdfReport pdf, List<Site> sites) {
        ReportText t = pdf.text();
        pdf.section(t.get("dossier.sites"));
        if (sites.isEmpty()) {
            pdf.note(t.get("dossier.noSites"));
            return;
        }
        ReportTable table = pdf.table(new float[]{3, 4, 1.2f, 1.2f, 1.2f, 1.4f}, t.get("site.name"), t.get("site.address"),
                t.get("site.country"), t.get("site.sector"), t.get("site.workers"), t.get("site.migrantShare"));
        sites.forEach(s -> table.row(s.name(), s.address(), s.country(), s.sector(), t.number(s.workers()),
                s.migrantShare() == null ? "—" : t.number(s.migrantShare()) + " %"));
        table.end();
    }

    private void risk(PdfReport pdf, RiskAssessment risk) {
        ReportText t = pdf.text();
        pdf.section(t.get("dossier.risk"));
        if (risk == null) {
            pdf.note(t.get("dossier.notScored"));
            return;
        }
        pdf.facts(t.get("risk.score"), t.number(risk.score()) + " / 100",
                t.get("risk.band"), t.label(risk.band()),
                t.get("risk.parts"), t.get("risk.partsValue", t.number(risk.inherent()), t.number(risk.evidence()),
                        t.number(risk.agencies()), t.number(risk.declaration())),
                t.get("risk.asOf"), t.date(risk.asOf()),
                t.get("risk.methodology"), risk.methodologyVersion(),
                t.get("risk.confidence"), risk.lowConfidence() ? t.get("risk.lowConfidence", String.join("; ", risk.lowConfidenceReasons()))
                        : t.get("risk.confident"),
                t.get("risk.editions"), editionsUsed(t, risk));
        pdf.subsection(t.get("risk.contributions"));
        Set<String> proxies = risk.editionsUsed().stream().filter(ReferenceEdition::proxy)
                .map(ReferenceEdition::edition).collect(Collectors.toSet());
        ReportTable table = pdf.table(new float[]{1.3f, 4, 2.2f, 3, 1, 1.5f}, t.get("contribution.rule"),
                t.get("contribution.factor"), t.get("contribution.source"), t.get("contribution.raw"),
                t.get("contribution.points"), t.get("contribution.asOf"));
        for (Contribution c : risk.contributions()) {
            table.row(c.rule(), c.factor(), c.edition() == null ? c.source() : c.source() + " (" + c.edition() + ")"
                            + (proxies.contains(c.edition()) ? " — " + t.get("risk.proxyMark") : ""),
                    c.rawValue(), t.number(c.displayPoints()), t.date(c.asOf()));
        }
        table.end();
        pdf.subsection(t.get("risk.floors"));
        if (risk.floors().isEmpty()) {
            pdf.note(t.get("risk.noFloors"));
            return;
        }
        ReportTable floors = pdf.table(new float[]{1, 1.3f, 6}, t.get("floor.rule"), t.get("floor.band"), t.get("floor.reason"));
        for (AppliedFloor f : risk.floors()) {
            floors.row(f.rule(), t.label(f.band()), f.reason());
        }
        floors.end();
    }

    /** Each edition the score used, and for a proxy what it measures instead, in the document's language. */
    private static String editionsUsed(ReportText t, RiskAssessment risk) {
        return risk.editionsUsed().stream().map(e -> t.get("risk.editionUsed", t.get("edition.dataset." + e.dataset()),
                        e.edition(), e.source()) + (e.proxy() ? " — " + t.get("edition.proxy") : ""))
                .collect(Collectors.joining("; "));
    }

    private void history(PdfReport pdf, List<RiskHistoryEntry> newestFirst) {
        ReportText t = pdf.text();
        pdf.section(t.get("dossier.history"));
        if (newestFirst.isEmpty()) {
            pdf.note(t.get("dossier.noHistory"));
            return;
        }
        List<RiskHistoryEntry> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        pdf.image(ScoreChart.draw(pdf.writer().getDirectContent(), fonts.regularBase(), oldestFirst, t));
        pdf.note(t.get("history.summary", newestFirst.size(), t.number(oldestFirst.get(0).score()),
                t.number(newestFirst.get(0).score())));
    }

    private void declarations(PdfReport pdf, List<DeclarationView> declarations) {
        ReportText t = pdf.text();
        pdf.section(t.get("dossier.declarations"));
        if (declarations == null) {
            pdf.note(t.get("dossier.declarationsNotShown"));
            return;
        }
        if (declarations.isEmpty()) {
            pdf.note(t.get("dossier.noDeclarations"));
            return;
        }
        ReportTable table = pdf.table(new float[]{1.6f, 2.6f, 1.2f, 1.6f, 2.4f, 1.6f, 1.6f}, t.get("declaration.submitted"),
                t.get("declaration.attestedBy"), t.get("declaration.version"), t.get("declaration.current"),
                t.get("check.licence"), t.get("check.atSubmission"), t.get("check.today"));
        for (DeclarationView d : declarations) {
            String submitted = t.instant(d.submittedAt());
            String attested = d.attestation().name() + ", " + d.attestation().role();
            String current = d.current() ? t.get("yes") : t.get("declaration.supersededBy", d.supersededBy());
            if (d.licenceChecks().isEmpty()) {
                table.row(submitted, attested, "v" + d.questionnaireVersion(), current, t.get("check.none"), "—", "—");
            }
            for (DeclarationView.LicenceCheckView c : d.licenceChecks()) {
                table.row(submitted, attested, "v" + d.questionnaireVersion(), current, c.licenceNumber(),
                        t.label(c.atSubmission()), t.label(c.today()));
            }
        }
        table.end();
    }

    private void inspections(PdfReport pdf, Dossier d) {
        ReportText t = pdf.text();
        pdf.section(t.get("dossier.inspections"));
        if (d.inspections().isEmpty()) {
            pdf.note(t.get("dossier.noInspections"));
            return;
        }
        Map<Long, String> siteNames = d.sites().stream().collect(Collectors.toMap(Site::id, Site::name));
        for (InspectionView i : d.inspections()) {
            pdf.subsection(t.get("inspection.heading", i.inspection().id(), t.date(i.inspection().visitDate()),
                    t.label(i.inspection().type()), t.label(i.inspection().status()),
                    siteNames.getOrDefault(i.inspection().siteId(), "#" + i.inspection().siteId())));
            findings(pdf, i.findings());
            if (i.referrals() != null && !i.referrals().isEmpty()) {
                referrals(pdf, i.referrals());
            }
        }
    }

    static void findings(PdfReport pdf, List<FindingView> findings) {
        ReportText t = pdf.text();
        if (findings.isEmpty()) {
            pdf.note(t.get("inspection.noFindings"));
            return;
        }
        ReportTable table = pdf.table(new float[]{3, 2, 1.2f, 5}, t.get("finding.indicator"), t.get("finding.source"),
                t.get("finding.affected"), t.get("finding.description"));
        for (FindingView f : findings) {
            table.row(t.label(f.indicator()), t.label(f.evidenceSource()), headcount(t, f.workersAffected()), f.description());
        }
        table.end();
    }

    static void referrals(PdfReport pdf, List<ReferralView> referrals) {
        ReportText t = pdf.text();
        pdf.note(t.get("referral.restricted"));
        ReportTable table = pdf.table(new float[]{1.5f, 2, 1.3f, 2.5f, 1}, t.get("referral.date"), t.get("referral.people"),
                t.get("referral.nationality"), t.get("referral.service"), t.get("referral.urgent"));
        for (ReferralView r : referrals) {
            String name = r.serviceName() != null ? r.serviceName() : r.legacyServiceName();
            table.row(t.date(r.referredOn()), headcount(t, r.people()), r.nationality(),
                    t.label(r.service()) + (name == null ? "" : " – " + name), r.urgent() ? t.get("yes") : t.get("no"));
        }
        table.end();
    }

    static String headcount(ReportText t, Headcount h) {
        return t.get("headcount", h.total(), h.women().under18() + h.women().from18to24() + h.women().from25(),
                h.men().under18() + h.men().from18to24() + h.men().from25(), h.women().under18() + h.men().under18());
    }

    private void correctiveActions(PdfReport pdf, List<InspectionView> inspections) {
        ReportText t = pdf.text();
        pdf.section(t.get("dossier.actions"));
        List<FindingView> withActions = inspections.stream().flatMap(i -> i.findings().stream())
                .filter(f -> !f.correctiveActions().isEmpty()).toList();
        if (withActions.isEmpty()) {
            pdf.note(t.get("dossier.noActions"));
            return;
        }
        actionTable(pdf, withActions, LocalDate.now(clock), FindingView::correctiveActions);
    }

    static void actionTable(PdfReport pdf, List<FindingView> findings, LocalDate today,
                            Function<FindingView, List<CorrectiveAction>> actionsOf) {
        ReportText t = pdf.text();
        ReportTable table = pdf.table(new float[]{2.6f, 4, 1.5f, 1.6f, 3}, t.get("action.finding"), t.get("action.description"),
                t.get("action.due"), t.get("action.state"), t.get("action.evidence"));
        for (FindingView f : findings) {
            for (CorrectiveAction a : actionsOf.apply(f)) {
                boolean overdue = a.status() == CorrectiveAction.Status.OPEN && today.isAfter(a.dueDate());
                table.row(t.label(f.indicator()), a.description(), t.date(a.dueDate()),
                        overdue ? t.get("action.overdue") : t.label(a.status()), a.evidence());
            }
        }
        table.end();
    }

    private void agencies(PdfReport pdf, List<AgencyUseView> uses) {
        ReportText t = pdf.text();
        pdf.section(t.get("dossier.agencies"));
        if (uses.isEmpty()) {
            pdf.note(t.get("dossier.noAgencies"));
            return;
        }
        ReportTable table = pdf.table(new float[]{3.4f, 1, 2.2f, 2, 1.6f, 1.2f, 1.6f}, t.get("agency.name"),
                t.get("agency.country"), t.get("agency.licence"), t.get("agency.standing"), t.get("agency.validUntil"),
                t.get("agency.share"), t.get("agency.lastPlacement"));
        for (AgencyUseView u : uses) {
            table.row(u.agencyName(), u.agencyCountry(), u.licenceNumber(), t.label(u.licenceStanding()),
                    t.date(u.licenceValidUntil()), u.workforceShare() == null ? "—" : t.number(u.workforceShare()) + " %",
                    t.date(u.lastPlacementDate()));
        }
        table.end();
        pdf.note(t.get("agency.liveNote", t.date(LocalDate.now(clock))));
    }

    private void screening(PdfReport pdf, List<HitView> hits) {
        if (hits == null) {
            return;
        }
        ReportText t = pdf.text();
        pdf.section(t.get("dossier.screening"));
        if (hits.isEmpty()) {
            pdf.note(t.get("dossier.noScreeningHits"));
            return;
        }
        ReportTable table = pdf.table(new float[]{2.2f, 3, 3, 1, 1.6f, 2.6f}, t.get("screening.list"),
                t.get("screening.entry"), t.get("screening.matchedName"), t.get("screening.score"),
                t.get("screening.status"), t.get("screening.decision"));
        for (HitView hit : hits) {
            String list = hit.entry().list() + (hit.entry().forcedLabourList() ? " — " + t.get("screening.forcedLabour") : "");
            String decision = hit.decision() == null ? "—"
                    : hit.decision().by() + ", " + t.instant(hit.decision().at())
                      + (hit.decision().reason() == null ? "" : ": " + hit.decision().reason());
            table.row(list, hit.entry().name(), hit.matchedName(), t.number(hit.score()),
                    t.label(HitStatus.valueOf(hit.status())), decision);
        }
        table.end();
        pdf.note(t.get("screening.note"));
    }
}
