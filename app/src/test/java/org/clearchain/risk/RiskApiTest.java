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

    private double agencyPoints(long supplier) {
        double points = 0;
        for (JsonNode c : risk(supplier).get("contributions").values()) {
            if (c.get("rule").getStringValue().startsWith("A")) {
                points += c.get("points").getDoubleValue();
            }
        }
        return points;
    }

    @Test
    void aSubstantiatedFeeComplaintAgainstItsAgencyRaisesTheSupplierAndClosingItForgetsNothing() {
        long id = supplier("Complaint Knitwear Ltd");
        String licence = register.activeLicence();
        api.post("/api/suppliers/" + id + "/agency-uses", auditor, Map.of("licenceNumber", licence, "workforceShare", 40,
                "lastPlacementDate", LocalDate.now().minusMonths(1).toString()));
        String officer = api.login("licensing");
        long complaint = api.post("/api/complaints", officer, Map.of("licenceNumber", licence, "category", "RECRUITMENT_FEES",
                "description", "Each worker paid 1,500 USD to the agency")).number("id");
        api.post("/api/complaints/" + complaint + "/investigate", officer, Map.of());
        double before = agencyPoints(id);
        int snapshotsBefore = snapshots(id);

        assertEquals(200, api.post("/api/complaints/" + complaint + "/substantiate", officer, Map.of()).status());
        double substantiated = agencyPoints(id);
        assertEquals(200, api.post("/api/complaints/" + complaint + "/close", officer, Map.of()).status());
        double closed = agencyPoints(id);

        assertTrue(substantiated > before, before + " → " + substantiated);
        assertEquals(snapshotsBefore + 1, snapshots(id), "rescored when the complaint was substantiated");
        assertEquals(substantiated, closed, 0.001, "a closed complaint still counts");
        api.get("/api/risk/portfolio", auditor);
        assertEquals(substantiated, agencyPoints(id), 0.001);
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
    void aSubmittedDeclarationRescoresItsSupplier() {
        String admin = api.login("admin");
        long supplierOrganisation = new org.clearchain.testing.AdminFixture(api, admin).organisationNamed("Supplier A (demo)");
        long id = api.post("/api/suppliers", auditor, Map.of("name", "Declaring Dyehouse", "country", "RO", "sectors", List.of("1313")))
                .body().get("supplier").get("id").getLongValue();
        org.clearchain.testing.Onboarding.join(api, admin, id, supplierOrganisation);
        long request = api.post("/api/suppliers/" + id + "/declaration-requests", auditor,
                Map.of("dueDate", LocalDate.now().plusDays(20).toString())).number("id");
        int before = snapshots(id);
        Map<String, Object> answers = example();
        answers.put("recruitmentFees", Map.of("chargedToWorkers", true, "reimbursed", "NO", "employerPaysPolicy", false));

        Api.Response submitted = api.post("/api/declaration-requests/" + request + "/declaration", api.login("supplier.a"),
                Map.of("answers", answers, "attestation", Map.of("name", "Ion Pop", "role", "Director", "date", LocalDate.now().toString())));

        assertEquals(201, submitted.status(), submitted::toString);
        assertTrue(snapshots(id) > before);
        assertTrue(rules(risk(id)).stream().anyMatch(r -> r.startsWith("D")), rules(risk(id)).toString());
    }

    @Test
    void aVerifiedCorrectiveActionRescoresItsSupplier() {
        long id = supplier("Remediating Mill Ltd");
        long site = api.post("/api/suppliers/" + id + "/sites", auditor, Map.of("name", "Mill", "country", "BD", "sector", "1311")).number("id");
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", "ROUTINE", "announced", false, "workersPresent", headcount(10))).body().get("inspection").get("id").getLongValue();
        long finding = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "WITHHOLDING_OF_WAGES",
                "description", "Two months unpaid", "evidenceSource", "DOCUMENT_REVIEW", "workersAffected", headcount(2))).number("id");
        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
        long action = api.post("/api/findings/" + finding + "/corrective-actions", inspector,
                Map.of("description", "Pay the arrears", "dueDate", LocalDate.now().plusDays(10).toString())).number("id");
        api.post("/api/corrective-actions/" + action + "/done", auditor, Map.of("evidence", "Bank transfers"));
        long followUp = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", "FOLLOW_UP", "announced", true)).body().get("inspection").get("id").getLongValue();
        double before = risk(id).get("evidence").getDoubleValue();

        api.post("/api/corrective-actions/" + action + "/verify", inspector, Map.of("inspectionId", followUp));

        assertEquals(before / 2, risk(id).get("evidence").getDoubleValue(), 0.01, "remediation halves the finding's points");
    }

    @Test
    void anAgencyIsScoredAndExplainedToo() {
        String licence = register.activeLicence();
        long agency = api.get("/api/licences/" + licence, auditor).number("agencyId");
        register.move(licence, "suspend");

        Api.Response r = api.get("/api/agencies/" + agency + "/risk", auditor);

        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().get("score").getDoubleValue() >= 60, r.toString());
        assertTrue(r.body().get("contributions").size() > 0);
    }

    @Test
    void thePortfolioListsTheBuyersSuppliersByPriority() {
        long risky = supplier("Portfolio Risky Ltd");
        String licence = register.activeLicence();
        api.post("/api/suppliers/" + risky + "/agency-uses", auditor, Map.of("licenceNumber", licence, "workforceShare", 60));
        register.move(licence, "revoke");

        Api.Response byScore = api.get("/api/risk/portfolio?sort=score&size=200", auditor);

        assertEquals(200, byScore.status(), byScore::toString);
        List<Long> order = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        byScore.body().get("items").values().forEach(i -> {
            order.add(i.get("supplierId").getLongValue());
            scores.add(i.get("score").getDoubleValue());
        });
        assertTrue(order.contains(risky), byScore.toString());
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores, "highest score first");
        assertTrue(scores.get(order.indexOf(risky)) >= 55, "the revoked agency's user is High: " + byScore);
        assertEquals(400, api.get("/api/risk/portfolio?sort=name", auditor).status());
    }

    @Test
    void aHigherBandAlwaysRanksFirstAndLeverageOrdersWithinABand() {
        // stored scores as the engine leaves them: a Critical supplier (floor R5, 75) the buyer has little hold on, and
        // High ones it buys most of; before, priority (score × leverage) put two High ones above the Critical one
        long critical = ranked("Ranked Critical Ltd", null, 75, "CRITICAL");
        long highMostBought = ranked("Ranked High One Ltd", 100, 70, "HIGH");
        long highMuchBought = ranked("Ranked High Two Ltd", 90, 60, "HIGH");
        long highLittleBought = ranked("Ranked High Three Ltd", 20, 60, "HIGH");

        Api.Response r = api.get("/api/risk/portfolio?size=200", auditor);

        assertEquals(200, r.status(), r::toString);
        List<Long> order = new ArrayList<>();
        List<String> bands = new ArrayList<>();
        r.body().get("items").values().forEach(i -> {
            order.add(i.get("supplierId").getLongValue());
            bands.add(i.get("band").isNull() ? "" : i.get("band").getStringValue());
        });
        List<Long> ours = order.stream().filter(List.of(critical, highMostBought, highMuchBought, highLittleBought)::contains).toList();
        assertEquals(List.of(critical, highMostBought, highMuchBought, highLittleBought), ours, r.toString());
        List<String> rankOfBands = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "");
        assertEquals(bands.stream().sorted(java.util.Comparator.comparing(rankOfBands::indexOf)).toList(), bands,
                "no supplier ranks above one of a higher band");

        Api.Response byBand = api.get("/api/risk/portfolio?sort=band&size=200", auditor);
        List<Long> byBandOrder = new ArrayList<>();
        byBand.body().get("items").values().forEach(i -> byBandOrder.add(i.get("supplierId").getLongValue()));
        assertEquals(List.of(critical, highMostBought, highMuchBought, highLittleBought),
                byBandOrder.stream().filter(ours::contains).toList(), "by band, then score, equal scores as added: " + byBand);
    }

    private long ranked(String name, Integer shareOfOutput, int score, String band) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "country", "BD", "sectors", List.of("1410")));
        if (shareOfOutput != null) {
            body.put("shareOfOutput", shareOfOutput);
        }
        Api.Response r = api.post("/api/suppliers", auditor, body);
        assertEquals(201, r.status(), r::toString);
        long id = r.body().get("supplier").get("id").getLongValue();
        execute("UPDATE supplier SET risk_score = " + score + ", risk_band = '" + band + "' WHERE id = " + id);
        return id;
    }

    private Map<String, Object> example() {
        try (var in = getClass().getClassLoader().getResourceAsStream("json/questionnaire/v1.example.json")) {
            return new java.util.HashMap<>(json.readValue(in.readAllBytes(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nothingChangedMeansNoNewSnapshot() {
        long id = supplier("Steady Supplier Ltd");
        int before = snapshots(id);

        server.getApplicationContext().getBean(Rescoring.class).rescore(id, "again");

        assertEquals(before, snapshots(id));
    }

    /** Snapshots written before assessments were packed hold JSON; they are shown and compared as before. */
    @Test
    void aSnapshotStoredAsJsonBeforePackingIsStillShownAndCompared() throws Exception {
        long id = supplier("Older Snapshot Ltd");
        JsonNode now = risk(id);
        try (var c = database.connect(); var s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO risk_snapshot (supplier_id, score, band, methodology_version, fingerprint, assessment, reason,
                                               computed_at)
                    SELECT supplier_id, score, band, methodology_version, 'written before packing',
                           '{"contributions":[{"rule":"I.sector","factor":"ISIC 1410 (garments)","source":"Clearchain methodology v1",\
                    "edition":"v1","rawValue":"tier 10","points":10.0,"asOf":"2026-01-05"}],"supplierId":"%d","asOf":"2026-01-05",\
                    "methodologyVersion":"clearchain-risk-1.0","score":10.0,"band":"LOW","scoreBeforeFloors":10.0,"inherent":10.0,\
                    "evidence":0.0,"agencies":0.0,"declaration":0.0,"floors":[],"highRiskSectors":["garments"],\
                    "lowConfidenceReasons":[],"editionsUsed":[]}', 'before packing', computed_at
                    FROM risk_snapshot WHERE supplier_id = %d""".formatted(id, id));
        }

        JsonNode old = risk(id);
        assertEquals(10.0, old.get("score").getDoubleValue(), old::toString);
        assertEquals(List.of("I.sector"), rules(old));
        server.getApplicationContext().getBean(Rescoring.class).rescore(id, "after the old one");
        Api.Response changes = api.get("/api/suppliers/" + id + "/risk/changes", auditor);
        assertEquals(200, changes.status(), changes::toString);
        assertEquals(10.0, changes.body().get("scoreBefore").getDoubleValue(), changes::toString);
        assertEquals(now.get("score").getDoubleValue(), changes.body().get("scoreAfter").getDoubleValue(), changes::toString);
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
