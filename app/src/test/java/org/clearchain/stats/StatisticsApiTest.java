package org.clearchain.stats;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inspection statistics through the API: rounded by cell key for the public, exact for inspectors. */
class StatisticsApiTest extends ApiTest {

    private String inspector;

    @BeforeAll
    void inspectTwoSectors() {
        inspector = api.login("inspector");
        String auditor = api.login("auditor.a");
        long farm = site(auditor, "Statistics Farm", "0113");
        long factory = site(auditor, "Statistics Factory", "1410");
        // agriculture: 2 women (a small cell), 20 men; garments: 30 women, 25 men
        inspect(farm, 0, 2, 0, 0, 10, 10);
        inspect(factory, 5, 10, 15, 0, 20, 5);
        // planned, not completed: never counted
        api.post("/api/inspections", inspector, Map.of("siteId", farm, "visitDate", LocalDate.now().toString(), "type", "ROUTINE",
                "announced", false));
    }

    private long site(String auditor, String name, String sector) {
        Api.Response supplier = api.post("/api/suppliers", auditor, Map.of("name", name, "country", "ES", "sectors", List.of(sector)));
        long id = supplier.body().get("supplier").get("id").getLongValue();
        return api.post("/api/suppliers/" + id + "/sites", auditor, Map.of("name", name, "country", "ES", "sector", sector)).number("id");
    }

    private void inspect(long site, int wU18, int w1824, int w25, int mU18, int m1824, int m25) {
        Map<String, Object> present = headcount(20, 20, 20, 20, 20, 20);
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", "ROUTINE", "announced", false, "workersPresent", present)).body().get("inspection").get("id").getLongValue();
        Api.Response f = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "WITHHOLDING_OF_WAGES",
                "description", "Wages paid three months late", "evidenceSource", "DOCUMENT_REVIEW",
                "workersAffected", headcount(wU18, w1824, w25, mU18, m1824, m25)));
        assertEquals(201, f.status(), f::toString);
        assertEquals(200, api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of()).status());
    }

    private static Map<String, Object> headcount(int wU18, int w1824, int w25, int mU18, int m1824, int m25) {
        return Map.of("women", Map.of("under18", wU18, "from18to24", w1824, "from25", w25),
                "men", Map.of("under18", mU18, "from18to24", m1824, "from25", m25));
    }

    @Test
    void inspectorsSeeTheWholeTable() {
        Map<String, Long> whole = cells(api.get("/api/statistics/inspections?groupBy=sector,sex", inspector));

        assertEquals(Map.of("01|FEMALE", 2L, "01|MALE", 20L, "14|FEMALE", 30L, "14|MALE", 25L), whole);
        assertEquals(403, api.get("/api/statistics/inspections?groupBy=sector", api.login("auditor.a")).status());
    }

    @Test
    void aPeriodOfDaysReadsTheFindingsAndAgreesWithTheQuarterlyRollup() {
        String today = LocalDate.now().toString();
        Map<String, Long> day = cells(api.get("/api/statistics/inspections?groupBy=sector,sex&from=" + today + "&to=" + today, inspector));
        Map<String, Long> yesterday = cells(api.get("/api/statistics/inspections?groupBy=sector,sex&from="
                + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().minusDays(1), inspector));

        assertEquals(cells(api.get("/api/statistics/inspections?groupBy=sector,sex", inspector)), day);
        assertTrue(yesterday.isEmpty());
    }

    @Test
    void thePublicTableWithholdsTheSmallCellAndRoundsTheOthersToFives() {
        Api.Response r = api.get("/api/public/statistics/inspections?groupBy=sector,sex", null);
        Map<String, Long> published = cells(r);

        assertEquals(5, r.body().get("suppressionThreshold").getIntValue());
        assertNull(published.get("01|FEMALE"), "the 2 women of agriculture are 'fewer than 5': " + r.raw());
        Map<String, Long> truth = Map.of("01|MALE", 20L, "14|FEMALE", 30L, "14|MALE", 25L);
        truth.forEach((key, count) -> {
            long shown = published.get(key);
            assertEquals(0, shown % 5, key + ": " + r.raw());
            assertTrue(Math.abs(shown - count) <= 4, key + ": " + r.raw());
        });
    }

    @Test
    void everyPublicAnswerSaysWhatWasDoneInEnglishAndFrench() {
        JsonNode control = api.get("/api/public/statistics/inspections?groupBy=sector", null).body().get("disclosureControl");

        assertEquals("cell-key random rounding", control.get("method").getStringValue());
        assertEquals(4, control.get("maxDifference").getIntValue());
        assertTrue(control.get("note").getStringValue().contains("may differ from the true count by up to 4"));
        assertTrue(control.get("noteFr").getStringValue().contains("trimestres entiers"));
        assertTrue(api.get("/api/statistics/inspections?groupBy=sector", inspector).body().get("disclosureControl").isNull(),
                "inspectors read exact counts");
    }

    @Test
    void theSameCellAskedTwiceOrInAnotherOrderHasTheSameValue() {
        Map<String, Long> first = cells(api.get("/api/public/statistics/inspections?groupBy=sector,sex", null));
        Map<String, Long> again = cells(api.get("/api/public/statistics/inspections?groupBy=sector,sex", null));
        Map<String, Long> reordered = new HashMap<>();
        cells(api.get("/api/public/statistics/inspections?groupBy=sex,sector", null)).forEach((key, count) -> {
            String[] parts = key.split("\\|");
            reordered.put(parts[1] + "|" + parts[0], count);
        });

        assertEquals(first, again);
        assertEquals(first, reordered);
    }

    @Test
    void aPublicPeriodIsWidenedToWholeQuartersSoTwoRangesADayApartAnswerAlike() {
        Api.Response r = api.get("/api/public/statistics/inspections?groupBy=sector&from=2026-02-10&to=2026-05-20", null);
        Api.Response dayLater = api.get("/api/public/statistics/inspections?groupBy=sector&from=2026-02-11&to=2026-05-20", null);

        assertEquals("2026-01-01", r.text("from"));
        assertEquals("2026-06-30", r.text("to"));
        assertEquals(r.raw(), dayLater.raw());
    }

    @Test
    void csvCarriesTheNoteHeaderAndMarksWithheldCells() {
        Api.Response csv = api.getText("/api/public/statistics/inspections.csv?groupBy=sector,sex", "text/csv");

        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.raw().split("\\r?\\n");
        assertTrue(lines[0].startsWith("# Counts are rounded to a multiple of 5"), lines[0]);
        assertTrue(lines[1].startsWith("# Les effectifs sont arrondis"), lines[1]);
        assertEquals("sector,sex,count,suppressed", lines[2]);
        assertEquals("01,FEMALE,,true", lines[3]);
    }

    @Test
    void badParametersAreNamed() {
        Api.Response unknown = api.get("/api/public/statistics/inspections?groupBy=sector,religion", null);
        Api.Response reversed = api.get("/api/public/statistics/inspections?from=2026-02-01&to=2026-01-01", null);

        assertEquals(400, unknown.status());
        assertEquals("groupBy", unknown.body().get("errors").get(0).get("field").getStringValue());
        assertEquals(400, reversed.status());
        assertEquals("to", reversed.body().get("errors").get(0).get("field").getStringValue());
    }

    /** A line's cells by key; a suppressed cell maps to null. Key: the dimension values joined by '|'. */
    private static Map<String, Long> cells(Api.Response r) {
        assertEquals(200, r.status(), r::toString);
        Map<String, Long> cells = new HashMap<>();
        for (JsonNode cell : r.body().get("cells").values()) {
            StringBuilder key = new StringBuilder();
            for (var entry : cell.get("key").entries()) {
                key.append(key.isEmpty() ? "" : "|").append(entry.getValue().getStringValue());
            }
            JsonNode count = cell.get("count");
            cells.put(key.toString(), count == null || count.isNull() ? null : count.getLongValue());
        }
        return cells;
    }
}
