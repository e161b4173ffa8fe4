package org.clearchain.report;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every PDF the API serves, read back with PDFBox against the demo data, in English and French. */
class ReportApiTest extends ApiTest {

    /** Carpați Textile SRL, Employer A's demo supplier, using the suspended Łódź agency. */
    private static final long CARPATI = 1;

    private String auditorA;
    private String auditorB;

    @BeforeAll
    void logIn() {
        auditorA = api.login("auditor.a");
        auditorB = api.login("auditor.b");
    }

    private String pdfText(String path, String token) {
        Api.Download pdf = api.download(path, token);
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        return Pdfs.text(pdf.bytes());
    }

    @Test
    void supplierDossierInFrenchNamesTheSupplierItsAgencyAndTheLicenceStanding() {
        String text = pdfText("/api/suppliers/" + CARPATI + "/report.pdf?lang=fr", auditorA);

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
        String text = pdfText("/api/suppliers/" + CARPATI + "/report.pdf?lang=en", auditorA);

        assertTrue(text.contains("Supplier due-diligence dossier"), text);
        assertTrue(List.of("Low", "Medium", "High", "Critical").stream().anyMatch(b -> text.contains("Band " + b)), text);
        assertTrue(text.contains("I.sector"), text);
        assertTrue(text.contains("Suspended"), text);
        assertTrue(text.contains("No inspections recorded."), text);
        assertTrue(text.contains("Methodology clearchain-risk-1.0"), text);
    }

    @Test
    void anUnknownLanguageFallsBackToEnglishWithANote() {
        String text = pdfText("/api/suppliers/" + CARPATI + "/report.pdf?lang=xx", auditorA);

        assertTrue(text.contains("The language “xx” is not available; this document is in English."), text);
        assertTrue(text.contains("Supplier due-diligence dossier"), text);
    }

    @Test
    void aSupplierOfAnotherTenantIsNotFound() {
        Api.Download pdf = api.download("/api/suppliers/" + CARPATI + "/report.pdf", auditorB);

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
}
