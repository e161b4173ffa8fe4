package org.clearchain.screening;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An open screening hit is a possible listing awaiting review: no points until confirmed, but shown in the supplier's
 * risk (English and French) and counted in the buyer's portfolio, until a reviewer decides it.
 */
class PossibleListingApiTest extends ApiTest {

    private static final String CBP_HEADER = "Entity, Country, Country Code, Industry, Status, WRO/Finding, Remarks,"
            + " Press Release, Effective Date\n";

    private String admin;
    private String auditor;
    private FeedFixture feeds;

    @BeforeAll
    void logIn() {
        admin = api.login("admin");
        auditor = api.login("auditor.a");
        feeds = new FeedFixture(api);
    }

    private long supplier(String name, String country) {
        Api.Response r = api.post("/api/suppliers", auditor, Map.of("name", name, "country", country, "sectors", List.of("1030"),
                "allowDuplicate", true));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("supplier").get("id").getLongValue();
    }

    private void importList(String fileName, byte[] content) {
        Api.Response job = feeds.importFile("entity-list", admin, fileName, content);
        assertEquals("SUCCEEDED", job.text("status"), job::toString);
    }

    private JsonNode risk(long supplier, String lang) {
        Api.Response r = api.get("/api/suppliers/" + supplier + "/risk" + lang, auditor);
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    private static List<JsonNode> possibleListings(JsonNode risk) {
        List<JsonNode> found = new ArrayList<>();
        risk.get("contributions").values().forEach(c -> {
            if ("S.possible-listing".equals(c.get("rule").getStringValue())) {
                found.add(c);
            }
        });
        return found;
    }

    private static List<String> reasons(JsonNode risk) {
        List<String> reasons = new ArrayList<>();
        risk.get("lowConfidenceReasons").values().forEach(r -> reasons.add(r.getStringValue()));
        return reasons;
    }

    private JsonNode portfolioItem(long supplier) {
        JsonNode items = api.get("/api/risk/portfolio?size=200", auditor).body().get("items");
        for (JsonNode item : items.values()) {
            if (item.get("supplierId").getLongValue() == supplier) {
                return item;
            }
        }
        throw new AssertionError("supplier " + supplier + " is not in the portfolio");
    }

    private JsonNode summary() {
        Api.Response r = api.get("/api/risk/portfolio/summary", auditor);
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    private long openHit(long supplier) {
        Api.Response r = api.get("/api/screening/hits?status=OPEN&subjectType=SUPPLIER&subjectId=" + supplier, admin);
        return r.body().get("items").get(0).get("id").getLongValue();
    }

    @Test
    void anOpenForcedLabourHitShowsAsAwaitingReviewWithNoPointsAndCountsInThePortfolio() {
        long supplier = supplier("Golden Shrimp Processing Co., Ltd", "TH");
        double before = risk(supplier, "").get("score").getDoubleValue();
        JsonNode summaryBefore = summary();

        importList("cbp-open.csv", (CBP_HEADER + "\"Golden Shrimp Processing Company Limited\",Thailand,TH,Seafood,Active,WRO,,,"
                + "05/02/2024\n").getBytes(StandardCharsets.UTF_8));

        JsonNode after = risk(supplier, "");
        List<JsonNode> open = possibleListings(after);
        assertEquals(1, open.size(), after::toString);
        assertEquals(0, open.get(0).get("points").getDoubleValue());
        assertEquals("possible listing on forced-labour list CBP-WRO, awaiting review: no points until confirmed",
                open.get(0).get("factor").getStringValue());
        assertEquals(before, after.get("score").getDoubleValue(), "no points until confirmed");
        assertTrue(reasons(after).contains("A possible listing on an entity list awaits review; it adds no points until confirmed."),
                reasons(after)::toString);
        JsonNode french = risk(supplier, "?lang=fr");
        assertEquals("inscription possible sur la liste de travail forcé CBP-WRO, en attente d'examen : aucun point tant"
                + " qu'elle n'est pas confirmée", possibleListings(french).get(0).get("factor").getStringValue());
        assertTrue(reasons(french).stream().anyMatch(r -> r.contains("attend un examen")), reasons(french)::toString);
        assertEquals(1, portfolioItem(supplier).get("possibleListings").getIntValue());
        JsonNode summaryAfter = summary();
        assertEquals(summaryBefore.get("suppliersWithPossibleListings").getLongValue() + 1,
                summaryAfter.get("suppliersWithPossibleListings").getLongValue(), summaryAfter::toString);
        assertEquals(summaryBefore.get("possibleListingsAwaitingReview").getLongValue() + 1,
                summaryAfter.get("possibleListingsAwaitingReview").getLongValue());
    }

    @Test
    void anOpenSanctionsHitShowsTooAndADismissalClearsIt() {
        long supplier = supplier("Textiles del Caribe S.A. de C.V.", "MX");
        String sdn = "20007,\"TEXTILES DEL CARIBE S.A. DE C.V.\",\"-0- \",\"SDNTK\",\"-0- \",\"-0- \",\"-0- \",\"-0- \","
                + "\"-0- \",\"-0- \",\"-0- \",\"a.k.a. 'TEXCAR'.\"\r\n\u001a";
        importList("sdn-open.csv", sdn.getBytes(StandardCharsets.ISO_8859_1));
        List<JsonNode> open = possibleListings(risk(supplier, ""));
        assertEquals(1, open.size());
        assertTrue(open.get(0).get("factor").getStringValue().startsWith("possible listing on sanctions list OFAC-SDN"), open::toString);

        Api.Response dismissed = api.post("/api/screening/hits/" + openHit(supplier) + "/dismiss", auditor,
                Map.of("reason", "Another company of the same name in Monterrey"));

        assertEquals(200, dismissed.status(), dismissed::toString);
        assertEquals(List.of(), possibleListings(risk(supplier, "")));
        assertEquals(0, portfolioItem(supplier).get("possibleListings").getIntValue());
    }

    @Test
    void anUnknownLanguageOfTheExplanationIsRefusedNamingTheChoices() {
        long supplier = supplier("Explained Cannery", "PT");

        Api.Response r = api.get("/api/suppliers/" + supplier + "/risk?lang=de", auditor);

        assertEquals(400, r.status(), r::toString);
        assertTrue(r.raw().contains("en or fr"), r::toString);
    }
}
