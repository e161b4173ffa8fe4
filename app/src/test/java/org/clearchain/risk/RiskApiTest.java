package org.clearchain.risk;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event-driven rescoring through the API, against the real database: every trigger rescores what it touches. */
class RiskApiTest extends ApiTest {

    private String auditor;
    private String inspector;
    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        auditor = api.login("auditor.a");
        inspector = api.login("inspector");
        register = new RegisterFixture(api, api.login("licensing"));
    }

    private long supplier(String name) {
        Api.Response r = api.post("/api/suppliers", auditor, Map.of("name", name, "country", "BD", "sectors", List.of("1410")));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("supplier").get("id").getLongValue();
    }

    private JsonNode risk(long supplier) {
        Api.Response r = api.get("/api/suppliers/" + supplier + "/risk", auditor);
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    private int snapshots(long supplier) {
        return api.get("/api/suppliers/" + supplier + "/risk/history", auditor).body().size();
    }

    private static List<String> rules(JsonNode assessment) {
        List<String> rules = new ArrayList<>();
        assessment.get("contributions").values().forEach(c -> rules.add(c.get("rule").getStringValue()));
        return rules;
    }

    @Test
    void aNewSupplierIsScoredWithEveryPointExplained() {
        long id = supplier("Explained Garments Ltd");

        JsonNode risk = risk(id);

        assertTrue(risk.get("score").getDoubleValue() >= 0);
        assertTrue(risk.get("contributions").size() > 0, risk.toString());
        assertEquals("clearchain-risk-1.0", risk.get("methodologyVersion").getStringValue());
        assertEquals(1, snapshots(id), "scored when added, no button pressed");
    }

    @Test
    void revokingTheLicenceOfAnAgencyItUsesTurnsTheSupplierHighAtOnce() {
        long id = supplier("Revocation Knitwear Ltd");
        String licence = register.activeLicence();
        api.post("/api/suppliers/" + id + "/agency-uses", auditor, Map.of("licenceNumber", licence, "workforceShare", 40,
                "lastPlacementDate", LocalDate.now().minusMonths(1).toString()));
        String before = risk(id).get("band").getStringValue();

        register.move(licence, "revoke");

        JsonNode after = risk(id);
        assertTrue(List.of("HIGH", "CRITICAL").contains(after.get("band").getStringValue()), before + " → " + after);
        assertTrue(after.get("floors").values().iterator().hasNext(), "a floor rule explains the band: " + after);
        Api.Response changes = api.get("/api/suppliers/" + id + "/risk/changes", auditor);
        assertEquals(200, changes.status(), changes::toString);
        assertTrue(changes.body().get("changes").size() > 0, changes.toString());
    }

    @Test
    void aCompletedInspectionWithAFindingAddsEvidence() {
        long id = supplier("Inspected Spinning Ltd");
        long site = api.post("/api/suppliers/" + id + "/sites", auditor, Map.of("name", "Mill", "country", "BD", "sector", "1311")).number("id");
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", "ROUTINE", "announced", false, "workersPresent", headcount(10))).body().get("inspection").get("id").getLongValue();
        api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "DEBT_BONDAGE",
                "description", "Recruitment debts deducted", "evidenceSource", "WORKER_INTERVIEW", "workersAffected", headcount(3)));
        int before = snapshots(id);

        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());

        assertEquals(before + 1, snapshots(id));
        assertTrue(rules(risk(id)).stream().anyMatch(r -> r.startsWith("E")), rules(risk(id)).toString());
    }

    @Test
    void nothingChangedMeansNoNewSnapshot() {
        long id = supplier("Steady Supplier Ltd");
        int before = snapshots(id);

        server.getApplicationContext().getBean(Rescoring.class).rescore(id, "again");

        assertEquals(before, snapshots(id));
    }

    @Test
    void anotherBuyersSupplierRiskIsNotFound() {
        long id = supplier("Private Risk Ltd");

        assertEquals(404, api.get("/api/suppliers/" + id + "/risk", api.login("auditor.b")).status());
    }

    private static Map<String, Object> headcount(int each) {
        return Map.of("women", Map.of("under18", 0, "from18to24", each, "from25", each),
                "men", Map.of("under18", 0, "from18to24", each, "from25", each));
    }
}
