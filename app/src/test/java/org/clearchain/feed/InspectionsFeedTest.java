package org.clearchain.feed;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inspections feed end to end: another inspectorate's export lines become completed inspections of the
 * uploader's inspectorate, with the effects of a completion made here — statistics and the supplier's risk.
 */
class InspectionsFeedTest extends ApiTest {

    private static final String SYSTEM = "inspection-es-2024";
    private final LocalDate visit = LocalDate.now().minusMonths(2);

    private String inspector;
    private String auditor;
    private long supplier;
    private FeedFixture feeds;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.feeds.inbox", createTempDirectory("inbox").toString(),
                "clearchain.feeds.uploads", createTempDirectory("uploads").toString());
    }

    @BeforeAll
    void setUp() {
        inspector = api.login("inspector");
        auditor = api.login("auditor.a");
        feeds = new FeedFixture(api);
        supplier = api.post("/api/suppliers", auditor, Map.of("name", "Campos del Poniente S.L.", "country", "ES",
                "sectors", List.of("0113"))).body().get("supplier").get("id").getLongValue();
        api.post("/api/suppliers/" + supplier + "/sites", auditor, Map.of("name", "Invernaderos El Ejido",
                "address", "Paraje Las Norias, 04716 El Ejido, Almería", "country", "ES", "sector", "0113", "workers", 100));
        api.post("/api/suppliers/" + supplier + "/sites", auditor, Map.of("name", "Almacén de manipulado",
                "address", "Ctra. de Málaga km 412, 04710 Santa María del Águila", "country", "ES", "sector", "1030"));
    }

    @Test
    void anImportedInspectionIsCompletedCountedInStatisticsAndScored() {
        long rollupBefore = count("SELECT COALESCE(SUM(women18_to24 + women25_and_over + men18_to24 + men25_and_over), 0)"
                + " FROM finding_statistics_quarter WHERE indicator = 'RETENTION_OF_IDENTITY_DOCUMENTS'");

        Api.Response job = feeds.importFile("inspections", inspector, "almeria.jsonl",
                line("ITSS-AL-0193", "Invernaderos El Ejido", "COMPLETED", finding("RETENTION_OF_IDENTITY_DOCUMENTS", 3, 5, 6, 9)));

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        assertEquals(1, job.body().get("counts").get("created").getLongValue(), job::toString);
        long id = count("SELECT inspection_id FROM imported_inspection WHERE source_inspection_id = 'ITSS-AL-0193'");
        Api.Response shown = api.get("/api/inspections/" + id, inspector);
        assertEquals(200, shown.status(), shown::toString);
        assertEquals("COMPLETED", shown.body().get("inspection").get("status").getStringValue(), shown::toString);
        assertEquals("RETENTION_OF_IDENTITY_DOCUMENTS", shown.body().get("findings").get(0).get("indicator").getStringValue());
        assertEquals(rollupBefore + 23, count("SELECT SUM(women18_to24 + women25_and_over + men18_to24 + men25_and_over)"
                + " FROM finding_statistics_quarter WHERE indicator = 'RETENTION_OF_IDENTITY_DOCUMENTS' AND stat_country = 'ES'"
                + " AND stat_sector = '01' AND stat_year = " + visit.getYear()), "the yearly rollup counts it");
        Api.Response risk = api.get("/api/suppliers/" + supplier + "/risk", auditor);
        List<String> rules = new ArrayList<>();
        risk.body().get("contributions").values().forEach(c -> rules.add(c.get("rule").getStringValue()));
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("E")), "an evidence contribution: " + rules);
    }

    @Test
    void theSameFileTwiceIsADuplicateAndTheSameLineAgainIsUnchanged() {
        String file = line("ITSS-AL-0231", "Almacén de manipulado", "CLOSED", finding("WAGES_BREACH", 1, 1, 1, 1));
        Api.Response first = feeds.importFile("inspections", inspector, "closed.jsonl", file);

        Api.Response second = feeds.importFile("inspections", inspector, "closed-copy.jsonl", file);
        Api.Response reordered = feeds.importFile("inspections", inspector, "closed-again.jsonl", "\n" + file);

        assertEquals("SUCCEEDED", first.text("status"), first::toString);
        assertEquals("CLOSED", api.get("/api/inspections/" + count("SELECT inspection_id FROM imported_inspection"
                + " WHERE source_inspection_id = 'ITSS-AL-0231'"), inspector).body().get("inspection").get("status").getStringValue());
        assertEquals("DUPLICATE", second.text("status"), second::toString);
        assertEquals(1, reordered.body().get("counts").get("unchanged").getLongValue(), reordered::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM imported_inspection WHERE source_inspection_id = 'ITSS-AL-0231'"));
    }

    @Test
    void aChangedInspectionUnderAnImportedIdIsRefused() {
        feeds.importFile("inspections", inspector, "v1.jsonl",
                line("ITSS-AL-0302", "Invernaderos El Ejido", "COMPLETED", finding("HOURS_BREACH", 1, 0, 0, 0)));

        Api.Response changed = feeds.importFile("inspections", inspector, "v2.jsonl",
                line("ITSS-AL-0302", "Invernaderos El Ejido", "COMPLETED", finding("HOURS_BREACH", 2, 0, 0, 0)));

        assertEquals(1, changed.body().get("counts").get("rejected").getLongValue(), changed::toString);
        assertTrue(rejections(changed).get(0).contains("was imported before"), rejections(changed)::toString);
    }

    @Test
    void linesThatCannotGoInAreRejectedWithTheirLineNumbersAndTheRestGoesIn() {
        Map<String, Object> withReferral = record("ITSS-AL-0500", "Invernaderos El Ejido", "COMPLETED", List.of());
        withReferral.put("referrals", List.of(Map.of("nationality", "MA", "service", "SHELTER", "name", "A. Person")));
        String good = line("ITSS-AL-0501", "Invernaderos El Ejido", "COMPLETED", finding("SAFETY_BREACH", 0, 1, 0, 0));
        String file = line("ITSS-AL-0502", "Sala de ordeño", "COMPLETED")
                + good
                + write(withReferral) + "\n"
                + line("ITSS-AL-0503", "Invernaderos El Ejido", "PLANNED")
                + "ITSS-AL-0504 see the attached PDF\n"
                + good.substring(0, 120);

        Api.Response job = feeds.importFile("inspections", inspector, "mixed.jsonl", file);

        assertEquals("SUCCEEDED", job.text("status"), job::toString);
        assertEquals(1, job.body().get("counts").get("created").getLongValue(), job::toString);
        List<String> rejected = rejections(job);
        assertEquals(5, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).startsWith("1: supplier 'Campos del Poniente SL' has no site 'Sala de ordeño'"), rejected::toString);
        assertTrue(rejected.get(1).startsWith("3: referral data (referrals) is never imported"), rejected::toString);
        assertTrue(rejected.get(2).startsWith("4: only completed inspections are imported"), rejected::toString);
        assertTrue(rejected.get(3).startsWith("5: the line is not one JSON object"), rejected::toString);
        assertTrue(rejected.get(4).startsWith("6: the line is not one JSON object"), rejected::toString);
        assertEquals(0, count("SELECT COUNT(*) FROM referral"), "no referral is ever imported");
    }

    @Test
    void onlyAnInspectorMaySendInspections() {
        Api.Response refused = api.upload("/api/feeds/inspections/uploads", auditor, "x.jsonl",
                line("X-1", "Invernaderos El Ejido", "COMPLETED").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
    }

    @Test
    void feedsListBothNewFeedsWithWhoMayUploadThem() {
        List<String> mayUpload = new ArrayList<>();
        api.get("/api/feeds", inspector).body().values().forEach(f -> {
            if (f.get("mayUpload").getBooleanValue()) {
                mayUpload.add(f.get("feed").getStringValue());
            }
        });
        assertEquals(List.of("inspections"), mayUpload, "an inspector sends inspections, not a buyer's facility list");
    }

    private String line(String id, String site, String status, Map<?, ?>... findings) {
        return write(record(id, site, status, List.of(findings))) + "\n";
    }

    private Map<String, Object> record(String id, String site, String status, List<?> findings) {
        Map<String, Object> visitMap = new LinkedHashMap<>();
        visitMap.put("inspectorate", "Inspección de Trabajo y Seguridad Social, Almería");
        visitMap.put("site", Map.of("name", site, "country", "ES"));
        visitMap.put("supplier", Map.of("name", "Campos del Poniente SL", "country", "ES"));
        visitMap.put("visitDate", visit.toString());
        visitMap.put("type", "COMPLAINT");
        visitMap.put("announced", false);
        visitMap.put("status", status);
        visitMap.put("workersPresent", headcount(12, 30, 18, 40));
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schemaVersion", 1);
        record.put("source", Map.of("system", SYSTEM, "inspectionId", id));
        record.put("inspection", visitMap);
        record.put("findings", findings);
        return record;
    }

    private static Map<String, Object> finding(String indicator, int women1824, int women25, int men1824, int men25) {
        Map<String, Object> finding = new HashMap<>();
        finding.put("indicator", indicator);
        finding.put("description", "Found at the visit: " + indicator.toLowerCase().replace('_', ' '));
        finding.put("evidenceSource", "WORKER_INTERVIEW");
        finding.put("workersAffected", headcount(women1824, women25, men1824, men25));
        finding.put("correctiveActions", List.of(Map.of("description", "Put it right", "dueDate",
                LocalDate.now().plusMonths(1).toString(), "status", "OPEN")));
        return finding;
    }

    private static Map<String, Object> headcount(int women1824, int women25, int men1824, int men25) {
        return Map.of("women", Map.of("under18", 0, "from18to24", women1824, "from25", women25),
                "men", Map.of("under18", 0, "from18to24", men1824, "from25", men25));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> rejections(Api.Response job) {
        List<String> rejected = new ArrayList<>();
        job.body().get("rejectedRows").values().forEach(r -> rejected.add(r.get("line").getLongValue() + ": "
                + r.get("reason").getStringValue()));
        return rejected;
    }

    private static Path createTempDirectory(String prefix) {
        try {
            return Files.createTempDirectory("clearchain-" + prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
