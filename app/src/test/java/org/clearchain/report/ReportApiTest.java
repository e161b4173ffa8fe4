package org.clearchain.report;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every PDF the API serves, read back with PDFBox against the demo data, in English and French. */
class ReportApiTest extends ApiTest {

    private String auditorA;
    private String auditorB;
    private String inspector;
    private String licensing;
    private RegisterFixture register;
    /** Carpați Textile SRL, Employer A's demo supplier, using the suspended Łódź agency. */
    private long carpati;

    @BeforeAll
    void logIn() {
        auditorA = api.login("auditor.a");
        auditorB = api.login("auditor.b");
        inspector = api.login("inspector");
        licensing = api.login("licensing");
        register = new RegisterFixture(api, licensing);
        carpati = api.get("/api/suppliers?q=carpati%20textile", auditorA).body().get("items").get(0).get("id").getLongValue();
    }

    private String pdfText(String path, String token) {
        Api.Download pdf = api.download(path, token);
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        // table cells wrap: compare the words, not where the lines break
        return Pdfs.text(pdf.bytes()).replaceAll("\\s+", " ");
    }

    @Test
    void supplierDossierInFrenchNamesTheSupplierItsAgencyAndTheLicenceStanding() {
        String text = pdfText("/api/suppliers/" + carpati + "/report.pdf?lang=fr", auditorA);

        assertTrue(text.contains("Dossier de diligence raisonnable du fournisseur"), text);
        assertTrue(text.contains("Carpați Textile SRL"), text);
        assertTrue(text.contains("Łódź Work Partners Sp. z o.o."), text);
        assertTrue(text.contains("Suspendue"), "licence standing in French: " + text);
        assertTrue(text.contains("A.agency"), "the agency contribution is listed: " + text);
        assertTrue(text.contains("Aucune déclaration soumise."), text);
        assertTrue(text.matches("(?s).*SHA-256 [0-9a-f]{64}.*"), "content hash in the footer: " + text);
        assertTrue(text.contains("Page 1 sur "), text);
    }

    @Test
    void supplierDossierInEnglishShowsBandContributionsAndHonestGaps() {
        String text = pdfText("/api/suppliers/" + carpati + "/report.pdf?lang=en", auditorA);

        assertTrue(text.contains("Supplier due-diligence dossier"), text);
        assertTrue(List.of("Low", "Medium", "High", "Critical").stream().anyMatch(b -> text.contains("Band " + b)), text);
        assertTrue(text.contains("I.sector"), text);
        assertTrue(text.contains("Suspended"), text);
        assertTrue(text.contains("No inspections recorded."), text);
        assertTrue(text.contains("Methodology clearchain-risk-1.0"), text);
    }

    @Test
    void anUnknownLanguageFallsBackToEnglishWithANote() {
        String text = pdfText("/api/suppliers/" + carpati + "/report.pdf?lang=xx", auditorA);

        assertTrue(text.contains("The language “xx” is not available; this document is in English."), text);
        assertTrue(text.contains("Supplier due-diligence dossier"), text);
    }

    @Test
    void aSupplierOfAnotherTenantIsNotFound() {
        Api.Download pdf = api.download("/api/suppliers/" + carpati + "/report.pdf", auditorB);

        assertEquals(404, pdf.status(), pdf::toString);
        assertTrue(pdf.contentType().startsWith("application/problem+json"), pdf::toString);
    }

    @Test
    void aSupplierWithNothingRecordedGetsAnHonestDossier() {
        long id = api.post("/api/suppliers", auditorA, Map.of("name", "Empty Ğörele Tekstil", "country", "TR"))
                .body().get("supplier").get("id").getLongValue();

        String text = pdfText("/api/suppliers/" + id + "/report.pdf", auditorA);

        assertTrue(text.contains("Empty Ğörele Tekstil"), text);
        assertTrue(text.contains("No sites recorded."), text);
        assertTrue(text.contains("No declarations submitted."), text);
        assertTrue(text.contains("No recruitment agencies recorded."), text);
        assertTrue(text.contains("No corrective actions set."), text);
    }

    @Test
    void aLicenceCertificateCarriesAQrCodeToThePublicVerification() {
        long agency = api.post("/api/agencies", licensing, RegisterFixture.agencyBody("Ștefan Ğüneş Placements", "RO")).number("id");
        String number = register.activeLicenceFor(agency);
        Api.Download pdf = api.download("/api/licences/" + number + "/certificate.pdf?lang=fr", licensing);

        assertEquals(200, pdf.status(), pdf::toString);
        String text = Pdfs.text(pdf.bytes());
        assertTrue(text.contains("Ștefan Ğüneş Placements"), text);
        assertTrue(text.contains("Cette licence est valide le"), text);
        assertEquals("http://localhost:8080/verify/" + number, Pdfs.qrCode(pdf.bytes()));
    }

    @Test
    void aCertificateOfASuspendedLicenceSaysSoInFrench() {
        String number = register.activeLicence();
        register.move(number, "suspend");

        String text = pdfText("/api/licences/" + number + "/certificate.pdf?lang=fr", auditorA);

        assertTrue(text.contains("Suspendue"), text);
        assertTrue(text.contains("N'EST PAS valide"), text);
    }

    @Test
    void anyoneMayDownloadTheRegisterExtractOfACountry() {
        String text = pdfText("/api/public/register.pdf?country=pl&lang=fr", null);

        assertTrue(text.contains("Extrait du registre des agences de recrutement agréées"), text);
        assertTrue(text.contains("Łódź Work Partners Sp. z o.o."), text);
        assertTrue(text.contains("Suspendue"), text);
        assertFalse(text.contains("Agence Générale de Recrutement"), "an agency of Senegal is not in Poland's extract");
        assertTrue(text.contains("1 licence(s) listée(s)."), text);
    }

    @Test
    void theRegisterExtractLeavesOutApplicationsNeverGranted() {
        String text = pdfText("/api/public/register.pdf", null);

        assertTrue(text.contains("Agence Générale de Recrutement"), text);
        assertTrue(text.contains("Harbour Crew Services Ltd"), "a revoked licence stays on the register: " + text);
        assertFalse(text.contains("Ștefan Recruitment SRL"), "its licence is still pending: " + text);
    }

    @Test
    void aCountryThatIsNotACodeIsABadRequest() {
        Api.Download answer = api.download("/api/public/register.pdf?country=Poland", null);

        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
    }

    @Test
    void anInspectionReportShowsReferralsOnlyToTheReferringInspectorate() {
        long supplier = api.post("/api/suppliers", auditorA, Map.of("name", "Inspected Łódź Apparel", "country", "PL",
                "sectors", List.of("1410"))).body().get("supplier").get("id").getLongValue();
        long site = api.post("/api/suppliers/" + supplier + "/sites", auditorA, Map.of("name", "Bałuty workshop", "country", "PL")).number("id");
        Map<String, Object> ten = headcount(5);
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", "ROUTINE", "announced", false, "workersPresent", ten)).body().get("inspection").get("id").getLongValue();
        long finding = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "RETENTION_OF_IDENTITY_DOCUMENTS",
                "description", "Passports kept in the office safe", "evidenceSource", "WORKER_INTERVIEW", "workersAffected", headcount(1))).number("id");
        long shelter = api.post("/api/assistance-services", inspector, Map.of("name", "Schronisko Łódź", "kind", "SHELTER",
                "country", "PL")).number("id");
        assertEquals(201, api.post("/api/inspections/" + inspection + "/referrals", inspector, Map.of("people", headcount(1),
                "nationality", "UA", "serviceId", shelter, "referredOn", LocalDate.now().toString())).status());
        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
        api.post("/api/findings/" + finding + "/corrective-actions", inspector,
                Map.of("description", "Return every passport", "dueDate", LocalDate.now().plusDays(30).toString()));

        String forInspector = pdfText("/api/inspections/" + inspection + "/report.pdf?lang=fr", inspector);
        String forBuyer = pdfText("/api/inspections/" + inspection + "/report.pdf", auditorA);
        String dossier = pdfText("/api/suppliers/" + supplier + "/report.pdf", auditorA);

        assertTrue(forInspector.contains("Rétention des documents d'identité"), forInspector);
        assertTrue(forInspector.contains("Orientations vers l'assistance"), forInspector);
        assertTrue(forInspector.contains("Hébergement"), forInspector);
        assertTrue(forBuyer.contains("Passports kept in the office safe"), forBuyer);
        assertTrue(forBuyer.contains("Return every passport"), forBuyer);
        assertFalse(forBuyer.contains("Referrals to assistance"), forBuyer);
        assertTrue(dossier.contains("Retention of identity documents"), dossier);
        assertTrue(dossier.contains("Return every passport"), dossier);
        assertFalse(dossier.contains("Referrals to assistance"), dossier);
        assertEquals(404, api.download("/api/inspections/" + inspection + "/report.pdf", auditorB).status());
    }

    @Test
    void theDueDiligenceReportFollowsTheLksgSectionsForTheBuyersOwnPortfolio() {
        String year = String.valueOf(Year.now().getValue());
        String english = pdfText("/api/reports/due-diligence.pdf?year=" + year, auditorA);
        String french = pdfText("/api/reports/due-diligence.pdf?year=" + year + "&lang=fr", auditorA);
        String otherBuyer = pdfText("/api/reports/due-diligence.pdf?year=" + year, auditorB);

        for (String section : List.of("A. Strategy", "B. Risk analysis", "C. Violations", "D. Complaints", "E. Evaluation")) {
            assertTrue(english.contains(section), section + ": " + english);
        }
        assertTrue(english.contains("Pacific Tuna Processing Co., Ltd"), "a high-risk supplier (revoked agency): " + english);
        assertTrue(french.contains("E. Évaluation de l'efficacité"), french);
        assertTrue(french.contains("Fournisseurs par niveau de risque"), french);
        assertFalse(otherBuyer.contains("Pacific Tuna"), otherBuyer);
        assertTrue(otherBuyer.contains("No suppliers in the portfolio."), otherBuyer);
    }

    @Test
    void theDueDiligenceReportRefusesAYearNotYetLived() {
        Api.Download answer = api.download("/api/reports/due-diligence.pdf?year=" + (Year.now().getValue() + 1), auditorA);

        assertEquals(400, answer.status(), answer::toString);
        assertEquals(403, api.download("/api/reports/due-diligence.pdf", inspector).status());
    }

    private static Map<String, Object> headcount(int eachBand) {
        Map<String, Object> bands = Map.of("under18", 0, "from18to24", eachBand, "from25", eachBand);
        return Map.of("women", bands, "men", bands);
    }
}
