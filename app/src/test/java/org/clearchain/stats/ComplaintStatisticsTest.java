package org.clearchain.stats;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.clearchain.testing.Problems.assertBadField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: complaints against unlicensed recruiters are counted in complaint statistics, under disclosure control. */
class ComplaintStatisticsTest extends ApiTest {

    private String officer;

    @BeforeAll
    void fileComplaints() {
        officer = api.login("licensing");
        long agency = new RegisterFixture(api, officer).agency("Counted Agency");
        for (int i = 0; i < 7; i++) {
            file(Map.of("agencyName", "Counted Recruiter " + (i % 3), "agencyCountry", "BD"));
        }
        file(Map.of("agencyId", agency));
        file(Map.of("agencyId", agency));
    }

    @Test
    void officersSeeExactCountsAgainstRegisteredAgenciesAndUnlicensedRecruiters() {
        Map<String, Long> counts = counts(api.get("/api/statistics/complaints?groupBy=against", officer));

        assertEquals(Map.of("UNLICENSED_RECRUITER", 7L, "REGISTERED_AGENCY", 2L), counts);
    }

    @Test
    void cellsAreKeyedByTheDimensionsAskedForInTheirOrder() {
        Api.Response r = api.get("/api/statistics/complaints?groupBy=country,against,category", officer);

        assertEquals(200, r.status(), r::toString);
        List<String> cells = new ArrayList<>();
        r.body().get("cells").values().forEach(c -> cells.add(c.get("key").get("country").getStringValue() + " "
                + c.get("key").get("against").getStringValue() + " " + c.get("key").get("category").getStringValue()
                + " " + c.get("count").getLongValue()));
        assertEquals(List.of("BD UNLICENSED_RECRUITER DECEPTION 7", "FR REGISTERED_AGENCY DECEPTION 2"), cells);
    }

    @Test
    void onlyComplaintsFiledInThePeriodAreCounted() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Map<String, Long> since = counts(api.get("/api/statistics/complaints?groupBy=against&from=" + today, officer));
        Map<String, Long> before = counts(api.get("/api/statistics/complaints?groupBy=against&to=" + today.minusDays(1), officer));

        assertEquals(Map.of("UNLICENSED_RECRUITER", 7L, "REGISTERED_AGENCY", 2L), since);
        assertEquals(Map.of(), before);
    }

    @Test
    void thePublicSeesRoundedCountsAndNoCellUnderFive() {
        Api.Response r = api.get("/api/public/statistics/complaints?groupBy=against", null);

        assertEquals(200, r.status(), r::toString);
        assertEquals("cell-key random rounding", r.body().get("disclosureControl").get("method").getStringValue());
        for (JsonNode cell : r.body().get("cells").values()) {
            String against = cell.get("key").get("against").getStringValue();
            if (against.equals("REGISTERED_AGENCY")) {
                assertTrue(cell.get("suppressed").getBooleanValue(), "2 complaints are fewer than 5: " + r);
            } else {
                long published = cell.get("count").getLongValue();
                assertTrue(published % 5 == 0 && Math.abs(published - 7) <= 4, "7 rounded to a multiple of 5: " + r);
            }
        }
        assertEquals(2, r.body().get("cells").size(), r::toString);
    }

    @Test
    void aComplaintsRecordKeyIsNeverShown() {
        Api.Response list = api.get("/api/complaints", officer);

        assertEquals(200, list.status(), list::toString);
        assertTrue(list.raw().contains("\"recruiterId\""), list::toString);
        assertTrue(!list.raw().contains("recordKey") && !list.raw().contains("record_key"), list::toString);
    }

    @Test
    void anUnknownDimensionIs400ListingTheAcceptedOnes() {
        Api.Response r = api.get("/api/public/statistics/complaints?groupBy=sector", null);

        assertBadField("groupBy", r);
        assertTrue(r.raw().contains("category, year, against, country"), r::toString);
    }

    private void file(Map<String, Object> against) {
        Map<String, Object> body = new HashMap<>(against);
        body.put("category", "DECEPTION");
        body.put("description", "Promised work that did not exist");
        Api.Response r = api.post("/api/public/complaints", null, body);
        assertEquals(201, r.status(), r::toString);
    }

    private static Map<String, Long> counts(Api.Response r) {
        assertEquals(200, r.status(), r::toString);
        Map<String, Long> counts = new HashMap<>();
        r.body().get("cells").values().forEach(c -> counts.put(c.get("key").get("against").getStringValue(),
                c.get("count").getLongValue()));
        return counts;
    }
}
