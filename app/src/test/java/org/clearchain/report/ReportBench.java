package org.clearchain.report;

import org.clearchain.security.Actor;
import org.clearchain.security.Role;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 8's benchmark, run with {@code -Pbench} (see docs/performance.md). A supplier dossier with 50 findings and
 * 20 declarations, rendered on one thread (data reading included), against a plain table document of the same
 * number of rows with no data access; then a 50,000-licence register extract rendered in a child JVM with -Xmx256m,
 * against reading the same licences page by page.
 */
@Tag("bench")
class ReportBench extends ApiTest {

    private static final int FINDINGS = 50;
    private static final int DECLARATIONS = 20;
    private static final int LICENCES = Integer.getInteger("bench.licences", 50_000);
    private static final double GOAL_DOCS_PER_SECOND = 30;

    @Test
    void supplierDossierThroughput() {
        long supplier = seedDossierSupplier();
        var context = server.getApplicationContext();
        DossierReader reader = context.getBean(DossierReader.class);
        SupplierDossier dossier = context.getBean(SupplierDossier.class);
        ReportFonts fonts = context.getBean(ReportFonts.class);
        Actor auditor = new Actor("auditor.a", Role.AUDITOR, new AdminFixture(api, api.login("admin")).organisationNamed("Employer A (demo)"));
        ReportText text = ReportText.of("en");
        Dossier sample = reader.read(auditor, supplier);
        int rows = rowsOf(sample);
        System.out.printf("INFO dossier of %d findings, %d declarations, %d table rows%n",
                sample.inspections().stream().mapToInt(i -> i.findings().size()).sum(), sample.declarations().size(), rows);

        Runnable real = () -> dossier.write(reader.read(auditor, supplier), text, OutputStream.nullOutputStream());
        Runnable plain = () -> plainTable(fonts, text, rows);
        for (int i = 0; i < 40; i++) {
            real.run();
            plain.run();
        }
        long realNanos = 0;
        long plainNanos = 0;
        int rounds = 10;
        int perRound = 20;
        for (int round = 0; round < rounds; round++) {
            realNanos += time(real, perRound);
            plainNanos += time(plain, perRound);
        }
        long readNanos = time(() -> reader.read(auditor, supplier), rounds * perRound);
        System.out.printf("INFO of which reading the dossier's data: %.1f ms a document%n", readNanos / 1e6 / (rounds * perRound));
        double docsPerSecond = rounds * perRound / (realNanos / 1e9);
        double baseline = rounds * perRound / (plainNanos / 1e9);
        System.out.printf("BENCH report-supplier-dossier value=%.1f unit=docs/s baseline=%.1f ratio=%.2f goal=>=%.0f %s%n",
                docsPerSecond, baseline, docsPerSecond / baseline, GOAL_DOCS_PER_SECOND,
                docsPerSecond >= GOAL_DOCS_PER_SECOND ? "PASS" : "FAIL");
    }

    @Test
    void registerExtractOf50000LicencesIn256MiB() throws Exception {
        seedLicences();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Ddatasources.default.url=" + database.url(), "-Ddatasources.default.username=" + database.username(),
                "-Ddatasources.default.password=" + database.password(), RegisterExtractRun.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (line.contains("OutOfMemoryError") || line.contains("ERROR")) {
                    System.out.println("child: " + line);
                }
            }
        }
        int exit = child.waitFor();
        if (result == null || exit != 0) {
            System.out.printf("BENCH report-register-extract-50000 value=NaN unit=s baseline=NaN ratio=NaN goal=completes-in-256MiB FAIL (child exit %d)%n", exit);
            return;
        }
        String[] f = result.split(" ");
        int read = Integer.parseInt(f[1]);
        double readSeconds = Double.parseDouble(f[2]);
        double renderSeconds = Double.parseDouble(f[3]);
        long bytes = Long.parseLong(f[4]);
        double peak = Double.parseDouble(f[5]);
        System.out.printf("INFO register extract: %d licences, %.1f MiB of PDF%n", read, bytes / (1024.0 * 1024.0));
        System.out.printf("BENCH report-register-extract-50000 value=%.1f unit=s baseline=%.1f ratio=%.1f goal=completes-in-256MiB %s%n",
                renderSeconds, readSeconds, renderSeconds / readSeconds, read >= LICENCES ? "PASS" : "FAIL");
        System.out.printf("BENCH report-register-extract-peak-heap value=%.0f unit=MiB baseline=256 ratio=%.2f goal=<256MiB %s%n",
                peak, peak / 256, peak < 256 ? "PASS" : "FAIL");
    }

    private static long time(Runnable task, int times) {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            task.run();
        }
        return System.nanoTime() - start;
    }

    /** The baseline: a document with as many table rows as the dossier, of constant text, and no data access. */
    private static void plainTable(ReportFonts fonts, ReportText text, int rows) {
        try (PdfReport pdf = PdfReport.open(OutputStream.nullOutputStream(), fonts, text, "Plain", "footer")) {
            pdf.title("Plain table", null);
            ReportTable table = pdf.table(new float[]{2, 4, 2, 3, 1, 1.5f}, "A", "B", "C", "D", "E", "F");
            for (int i = 0; i < rows; i++) {
                table.row("E.finding", "Retention of identity documents at site " + i, "inspectorate",
                        "12 x 1.0 x 0.5^(3/24)", String.valueOf(i), "2026-11-24");
            }
            table.end();
        }
    }

    private static int rowsOf(Dossier d) {
        int contributions = d.risk() == null ? 0 : d.risk().contributions().size() + d.risk().floors().size();
        int checks = d.declarations().stream().mapToInt(v -> Math.max(1, v.licenceChecks().size())).sum();
        int findings = d.inspections().stream().mapToInt(i -> i.findings().size()).sum();
        int actions = d.inspections().stream().flatMap(i -> i.findings().stream()).mapToInt(f -> f.correctiveActions().size()).sum();
        return d.sites().size() + contributions + checks + findings + actions + d.agencyUses().size();
    }

    /** Through the API: 5 completed inspections of 10 findings each, each finding with an action; 20 declarations. */
    private long seedDossierSupplier() {
        String auditor = api.login("auditor.a");
        String inspector = api.login("inspector");
        String supplierUser = api.login("supplier.a");
        long organisation = new AdminFixture(api, api.login("admin")).organisationNamed("Supplier A (demo)");
        long supplier = api.post("/api/suppliers", auditor, Map.of("name", "Bench Łódź Garments", "country", "PL",
                "sectors", List.of("1410"))).body().get("supplier").get("id").getLongValue();
        org.clearchain.testing.Onboarding.join(api, api.login("admin"), supplier, organisation);
        long site = api.post("/api/suppliers/" + supplier + "/sites", auditor, Map.of("name", "Main plant", "country", "PL")).number("id");
        String[] indicators = {"RETENTION_OF_IDENTITY_DOCUMENTS", "DEBT_BONDAGE", "EXCESSIVE_OVERTIME", "WITHHOLDING_OF_WAGES", "DECEPTION"};
        for (int i = 0; i < FINDINGS / 10; i++) {
            long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate",
                    LocalDate.now().minusMonths(i * 3L).toString(), "type", "ROUTINE", "announced", false,
                    "workersPresent", headcount(50))).body().get("inspection").get("id").getLongValue();
            List<Long> findings = new ArrayList<>();
            for (int f = 0; f < 10; f++) {
                findings.add(api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", indicators[f % 5],
                        "description", "Finding " + f + " of inspection " + inspection + ": workers described the practice in detail",
                        "evidenceSource", "WORKER_INTERVIEW", "workersAffected", headcount(2))).number("id"));
            }
            api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
            for (long finding : findings) {
                api.post("/api/findings/" + finding + "/corrective-actions", inspector,
                        Map.of("description", "Put it right and show evidence", "dueDate", LocalDate.now().plusDays(60).toString()));
            }
        }
        Map<String, Object> answers = example();
        for (int d = 0; d < DECLARATIONS; d++) {
            long request = api.post("/api/suppliers/" + supplier + "/declaration-requests", auditor,
                    Map.of("dueDate", LocalDate.now().plusDays(20).toString())).number("id");
            api.post("/api/declaration-requests/" + request + "/declaration", supplierUser, Map.of("answers", answers,
                    "attestation", Map.of("name", "Ana Kowalska", "role", "HR manager", "date", LocalDate.now().toString())));
        }
        return supplier;
    }

    /** 50,000 licences of 5,000 agencies in ten countries, in batches of plain SQL (the API would measure the API). */
    private void seedLicences() throws SQLException {
        long authority = count("SELECT id FROM organisation WHERE name = 'National Labour Licensing Authority'");
        String[] countries = {"PL", "RO", "SN", "PH", "NP", "BD", "VN", "TR", "UA", "FR"};
        int agencies = LICENCES / 10;
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement agency = c.prepareStatement("""
                    INSERT INTO agency (authority_id, legal_name, registration_number, country, sectors, corridors, created_at, updated_at)
                    VALUES (?, ?, ?, ?, '["0111"]', '[]', NOW(6), NOW(6))""")) {
                for (int a = 0; a < agencies; a++) {
                    agency.setLong(1, authority);
                    agency.setString(2, "Agencja Pośrednictwa Pracy Łódź-Ștefan " + a);
                    agency.setString(3, "BENCH-" + a);
                    agency.setString(4, countries[a % countries.length]);
                    agency.addBatch();
                }
                agency.executeBatch();
            }
            c.commit();
            long[] agencyIds = new long[agencies];
            try (var ids = c.createStatement().executeQuery("SELECT id FROM agency WHERE registration_number LIKE 'BENCH-%' ORDER BY id")) {
                for (int a = 0; ids.next(); a++) {
                    agencyIds[a] = ids.getLong(1);
                }
            }
            String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED", "SURRENDERED"};
            try (PreparedStatement licence = c.prepareStatement("""
                    INSERT INTO licence (number, agency_id, authority_id, scope, valid_from, valid_until, status, created_at, updated_at)
                    VALUES (?, ?, ?, 'Recruitment and placement of workers', '2025-01-01', '2028-12-31', ?, NOW(6), NOW(6))""")) {
                for (int l = 0; l < LICENCES; l++) {
                    licence.setString(1, String.format("CC-2025-%06d", l + 1));
                    licence.setLong(2, agencyIds[l % agencies]);
                    licence.setLong(3, authority);
                    licence.setString(4, statuses[l % statuses.length]);
                    licence.addBatch();
                    if (l % 5_000 == 4_999) {
                        licence.executeBatch();
                    }
                }
                licence.executeBatch();
            }
            c.commit();
        }
    }

    private Map<String, Object> example() {
        try (var in = getClass().getClassLoader().getResourceAsStream("json/questionnaire/v1.example.json")) {
            return new HashMap<>(json.readValue(in.readAllBytes(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> headcount(int eachBand) {
        Map<String, Object> bands = Map.of("under18", 0, "from18to24", eachBand, "from25", eachBand);
        return Map.of("women", bands, "men", bands);
    }
}
