package org.clearchain.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Not a test: writes the example documents of docs/reports.md from the demo data, with a PNG of each first page, into
 * {@code docs/reports/}. Run on purpose: {@code mvn -B -q test -pl app -am -Dtest=ReportExamples
 * -Dsurefire.failIfNoSpecifiedTests=false} (its name keeps it out of the normal test run).
 */
class ReportExamples extends ApiTest {

    private static final Path OUT = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "docs", "reports");

    @Test
    void writeExamples() throws IOException {
        Files.createDirectories(OUT);
        String auditor = api.login("auditor.a");
        String inspector = api.login("inspector");
        String licensing = api.login("licensing");
        long carpati = api.get("/api/suppliers?q=carpati%20textile", auditor).body().get("items").get(0).get("id").getLongValue();
        long inspection = demoInspection(inspector, auditor, carpati);
        String licence = api.get("/api/public/agencies?q=generale", null).body().get("items").values().iterator().next()
                .get("licences").values().iterator().next().get("number").getStringValue();
        save("supplier-dossier-en", "/api/suppliers/" + carpati + "/report.pdf?lang=en", auditor);
        save("supplier-dossier-fr", "/api/suppliers/" + carpati + "/report.pdf?lang=fr", auditor);
        save("inspection-report-fr", "/api/inspections/" + inspection + "/report.pdf?lang=fr", inspector);
        save("licence-certificate-en", "/api/licences/" + licence + "/certificate.pdf?lang=en", licensing);
        save("register-extract-fr", "/api/public/register.pdf?lang=fr", null);
        save("due-diligence-en", "/api/reports/due-diligence.pdf?year=" + Year.now().getValue(), auditor);
    }

    /** A completed visit to Carpați Textile's sewing unit with two findings and a corrective action. */
    private long demoInspection(String inspector, String auditor, long carpati) {
        long site = api.get("/api/suppliers/" + carpati, auditor).body().get("sites").get(0).get("id").getLongValue();
        Map<String, Object> present = Map.of("women", Map.of("under18", 0, "from18to24", 30, "from25", 60),
                "men", Map.of("under18", 1, "from18to24", 40, "from25", 109));
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", "ROUTINE", "announced", false, "workersPresent", present)).body().get("inspection").get("id").getLongValue();
        long finding = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "RETENTION_OF_IDENTITY_DOCUMENTS",
                "description", "Passports held in the office safe", "evidenceSource", "WORKER_INTERVIEW",
                "workersAffected", Map.of("women", Map.of("under18", 0, "from18to24", 4, "from25", 6),
                        "men", Map.of("under18", 0, "from18to24", 5, "from25", 7)))).number("id");
        api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "EXCESSIVE_OVERTIME",
                "description", "Seven-day weeks in the peak season", "evidenceSource", "DOCUMENT_REVIEW",
                "workersAffected", Map.of("women", Map.of("under18", 0, "from18to24", 10, "from25", 20),
                        "men", Map.of("under18", 0, "from18to24", 10, "from25", 30))));
        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
        long action = api.post("/api/findings/" + finding + "/corrective-actions", inspector,
                Map.of("description", "Return every passport; install personal lockers", "dueDate", LocalDate.now().plusDays(60).toString())).number("id");
        api.post("/api/corrective-actions/" + action + "/done", auditor, Map.of("evidence", "Lockers installed; 22 signed receipts"));
        return inspection;
    }

    private void save(String name, String path, String token) throws IOException {
        Api.Download pdf = api.download(path, token);
        assertEquals(200, pdf.status(), pdf::toString);
        Files.write(OUT.resolve(name + ".pdf"), pdf.bytes());
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 70), "png", OUT.resolve(name + ".png").toFile());
        }
        System.out.println("wrote " + OUT.resolve(name + ".pdf") + " (" + List.of(pdf.bytes().length) + " bytes)");
    }
}
