package org.clearchain.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.clearchain.common.ProblemException;
import org.clearchain.inspection.InspectionView;
import org.clearchain.inspection.InspectionViews;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * PDF documents, each in English or French ({@code lang}; anything else gives English with a note). Access is
 * checked before the document starts to stream, with the same rules as the JSON API, so a refusal is a problem
 * document and never half a PDF.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

    private final PdfStreaming streaming;
    private final DossierReader dossiers;
    private final SupplierDossier dossier;
    private final InspectionViews inspections;
    private final InspectionReport inspectionReport;
    private final LicenceCertificates certificates;
    private final RegisterExtract extract;
    private final DueDiligenceReader dueDiligence;
    private final DueDiligenceReport dueDiligenceReport;
    private final Clock clock;

    ReportController(PdfStreaming streaming, DossierReader dossiers, SupplierDossier dossier, InspectionViews inspections,
                     InspectionReport inspectionReport, LicenceCertificates certificates, RegisterExtract extract,
                     DueDiligenceReader dueDiligence,
                     DueDiligenceReport dueDiligenceReport, Clock clock) {
        this.streaming = streaming;
        this.dossiers = dossiers;
        this.dossier = dossier;
        this.inspections = inspections;
        this.inspectionReport = inspectionReport;
        this.certificates = certificates;
        this.extract = extract;
        this.dueDiligence = dueDiligence;
        this.dueDiligenceReport = dueDiligenceReport;
        this.clock = clock;
    }

    /** A supplier's due-diligence dossier, for whoever may read the supplier. */
    @Get("/api/suppliers/{id}/report.pdf")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER, Roles.INSPECTOR, Roles.ADMIN})
    HttpResponse<StreamedFile> supplierDossier(long id, @QueryValue @Nullable String lang, Authentication user) {
        Actor actor = Actor.of(user);
        dossiers.readable(actor, id);
        ReportText text = ReportText.of(lang);
        return streaming.pdf("supplier-" + id + "-" + text.language() + ".pdf",
                out -> dossier.write(dossiers.read(actor, id), text, out));
    }

    /** One inspection, for whoever may read it; referrals only for the referring inspectorate and the admin. */
    @Get("/api/inspections/{id}/report.pdf")
    @Secured({Roles.INSPECTOR, Roles.ADMIN, Roles.AUDITOR, Roles.SUPPLIER})
    HttpResponse<StreamedFile> inspectionReport(long id, @QueryValue @Nullable String lang, Authentication user) {
        InspectionView view = inspections.of(Actor.of(user), id);
        ReportText text = ReportText.of(lang);
        return streaming.pdf("inspection-" + id + "-" + text.language() + ".pdf", out -> inspectionReport.write(view, text, out));
    }

    /** A licence certificate with a QR code to its public verification; for whoever may read the licence. */
    @Get("/api/licences/{number}/certificate.pdf")
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
    HttpResponse<StreamedFile> licenceCertificate(String number, @QueryValue @Nullable String lang, Authentication user) {
        return certificates.of(Actor.of(user), number, lang);
    }

    /** The public register, optionally of one agency country (ISO 3166-1 alpha-2); anyone. */
    @Get("/api/public/register.pdf")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<StreamedFile> registerExtract(@QueryValue @Nullable String country, @QueryValue @Nullable String lang) {
        String code = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (code != null && !code.matches("[A-Z]{2}")) {
            throw ProblemException.invalidField("country", "'" + country + "' is not a two-letter ISO 3166-1 country code");
        }
        ReportText text = ReportText.of(lang);
        return streaming.pdf("register" + (code == null ? "" : "-" + code) + "-" + text.language() + ".pdf",
                out -> extract.write(code, text, out));
    }

    /** The auditor's organisation's annual due-diligence report; {@code year} defaults to the current one. */
    @Get("/api/reports/due-diligence.pdf")
    @Secured(Roles.AUDITOR)
    HttpResponse<StreamedFile> dueDiligence(@QueryValue @Nullable Integer year, @QueryValue @Nullable String lang,
                                            Authentication user) {
        int thisYear = LocalDate.now(clock).getYear();
        int reportYear = year == null ? thisYear : year;
        if (reportYear < 2000 || reportYear > thisYear) {
            throw ProblemException.invalidField("year", "must be between 2000 and " + thisYear);
        }
        long buyer = Actor.of(user).organisationId();
        ReportText text = ReportText.of(lang);
        return streaming.pdf("due-diligence-" + reportYear + "-" + text.language() + ".pdf",
                out -> dueDiligenceReport.write(dueDiligence.read(buyer, reportYear), text, out));
    }
}
