package org.clearchain.inspection;

import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inspections from plan to verified corrective action, through the API against the real database. */
class InspectionApiTest extends ApiTest {

    private String inspector;
    private String otherInspector;
    private String auditor;
    private String admin;
    private long site;
    private long shelter;
    private long childProtection;

    @BeforeAll
    void setUp() {
        inspector = api.login("inspector");
        auditor = api.login("auditor.a");
        admin = api.login("admin");
        AdminFixture admins = new AdminFixture(api, admin);
        long otherInspectorate = admins.organisation("Regional Inspectorate", "INSPECTORATE", "FR");
        admins.user("other.inspector", "other-inspector-pass", "INSPECTOR", otherInspectorate);
        otherInspector = api.login("other.inspector", "other-inspector-pass");
        Api.Response supplier = api.post("/api/suppliers", auditor, Map.of("name", "Inspected Farm", "country", "ES", "sectors", List.of("0113")));
        long supplierId = supplier.body().get("supplier").get("id").getLongValue();
        site = api.post("/api/suppliers/" + supplierId + "/sites", auditor,
                Map.of("name", "Greenhouses", "country", "ES", "sector", "0113", "workers", 80)).number("id");
        shelter = api.post("/api/assistance-services", inspector, Map.of("name", "Casa de Acogida Almería", "kind", "SHELTER",
                "country", "ES")).number("id");
        childProtection = api.post("/api/assistance-services", inspector, Map.of("name", "Child protection service of Almería",
                "kind", "CHILD_PROTECTION", "country", "ES")).number("id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long plan(String type) {
        Api.Response r = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", type, "announced", false, "workersPresent", headcount(2, 10, 20, 1, 15, 30)));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("inspection").get("id").getLongValue();
    }

    private long finding(long inspection, String indicator) {
        Api.Response r = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", indicator,
                "description", "Passports kept in the manager's safe", "evidenceSource", "WORKER_INTERVIEW",
                "workersAffected", headcount(0, 3, 4, 0, 5, 6)));
        assertEquals(201, r.status(), r::toString);
        return r.number("id");
    }

    private static Map<String, Object> headcount(int wU18, int w1824, int w25, int mU18, int m1824, int m25) {
        return Map.of("women", Map.of("under18", wU18, "from18to24", w1824, "from25", w25),
                "men", Map.of("under18", mU18, "from18to24", m1824, "from25", m25));
    }

    private Map<String, Object> referral(Map<String, Object> people) {
        Map<String, Object> body = new HashMap<>();
        body.put("people", people);
        body.put("nationality", "MA");
        body.put("serviceId", shelter);
        body.put("referredOn", LocalDate.now().toString());
        return body;
    }

    @Test
    void anInspectionGoesFromPlanToAVerifiedCorrectiveAction() {
        long inspection = plan("ROUTINE");
        long finding = finding(inspection, "RETENTION_OF_IDENTITY_DOCUMENTS");
        Api.Response completed = api.post("/api/inspections/" + inspection + "/complete", inspector,
                Map.of("workersInterviewed", headcount(0, 4, 5, 0, 6, 8)));
        assertEquals("COMPLETED", completed.body().get("inspection").get("status").getStringValue(), completed::toString);

        Api.Response action = api.post("/api/findings/" + finding + "/corrective-actions", inspector,
                Map.of("description", "Return all passports; give workers lockers", "dueDate", LocalDate.now().plusDays(30).toString()));
        assertEquals(201, action.status(), action::toString);
        long actionId = action.number("id");
        Api.Response done = api.post("/api/corrective-actions/" + actionId + "/done", auditor,
                Map.of("evidence", "Photos of lockers; signed receipts from 18 workers"));
        assertEquals("DONE", done.text("status"), done::toString);

        Api.Response atRoutine = api.post("/api/corrective-actions/" + actionId + "/verify", inspector, Map.of("inspectionId", inspection));
        long followUp = plan("FOLLOW_UP");
        Api.Response verified = api.post("/api/corrective-actions/" + actionId + "/verify", inspector, Map.of("inspectionId", followUp));

        assertEquals(400, atRoutine.status(), "only a FOLLOW_UP inspection verifies");
        assertEquals("VERIFIED", verified.text("status"), verified::toString);
        assertEquals(409, api.post("/api/corrective-actions/" + actionId + "/done", auditor, Map.of("evidence", "again")).status());
    }

    @Test
    void aCompletedInspectionChangesOnlyThroughAnAuditedAddendum() {
        long inspection = plan("COMPLAINT");
        finding(inspection, "EXCESSIVE_OVERTIME");
        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
        long findingsBefore = count("SELECT COUNT(*) FROM finding WHERE inspection_id = " + inspection);

        Api.Response late = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "DECEPTION",
                "description", "x", "evidenceSource", "OBSERVATION", "workersAffected", headcount(0, 0, 1, 0, 0, 0)));
        Api.Response again = api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
        Api.Response addendum = api.post("/api/inspections/" + inspection + "/addenda", inspector,
                Map.of("text", "Two more workers confirmed 80-hour weeks by phone on the next day."));

        assertEquals(409, late.status(), late::toString);
        assertTrue(late.text("detail").contains("addenda"), late.text("detail"));
        assertEquals(409, again.status());
        assertEquals(findingsBefore, count("SELECT COUNT(*) FROM finding WHERE inspection_id = " + inspection));
        assertEquals(201, addendum.status(), addendum::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'inspection.addendum' AND entity_id = '" + inspection + "'"));
        assertEquals(1, api.get("/api/inspections/" + inspection, inspector).body().get("addenda").size());
    }

    @Test
    void onlyACompletedInspectionCloses() {
        long inspection = plan("ROUTINE");

        Api.Response early = api.post("/api/inspections/" + inspection + "/close", inspector, Map.of());
        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
        Api.Response closed = api.post("/api/inspections/" + inspection + "/close", inspector, Map.of());

        assertEquals(409, early.status(), early::toString);
        assertEquals("complete → COMPLETED", early.body().get("allowedTransitions").values().iterator().next().getStringValue(),
                early::toString);
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("CLOSED", closed.body().get("inspection").get("status").getStringValue(), closed::toString);
        assertEquals("CLOSED", api.get("/api/inspections/" + inspection, inspector).body().get("inspection").get("status")
                .getStringValue());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'inspection.close' AND entity_id = '" + inspection + "'"));
    }

    @Test
    void anotherInspectoratesInspectionIsNotFoundWhenClosingAndOnlyAnInspectorCloses() {
        long inspection = plan("ROUTINE");
        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());

        Api.Response byOther = api.post("/api/inspections/" + inspection + "/close", otherInspector, Map.of());
        Api.Response byAuditor = api.post("/api/inspections/" + inspection + "/close", auditor, Map.of());

        assertEquals(404, byOther.status(), byOther::toString);
        assertEquals(403, byAuditor.status(), byAuditor::toString);
        assertEquals("COMPLETED", api.get("/api/inspections/" + inspection, inspector).body().get("inspection").get("status")
                .getStringValue(), "still open to the inspectorate that did it");
    }

    @Test
    void aClosedInspectionTakesNoFindingNoCompletionNoSecondCloseButStillAnAddendum() {
        long inspection = plan("COMPLAINT");
        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
        api.post("/api/inspections/" + inspection + "/close", inspector, Map.of());

        Api.Response finding = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "DECEPTION",
                "description", "x", "evidenceSource", "OBSERVATION", "workersAffected", headcount(0, 0, 1, 0, 0, 0)));
        Api.Response complete = api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());
        Api.Response closeAgain = api.post("/api/inspections/" + inspection + "/close", inspector, Map.of());
        Api.Response addendum = api.post("/api/inspections/" + inspection + "/addenda", inspector,
                Map.of("text", "The employer's appeal was dismissed."));

        assertEquals(409, finding.status(), finding::toString);
        assertEquals(409, complete.status(), complete::toString);
        assertEquals(409, closeAgain.status(), closeAgain::toString);
        assertTrue(closeAgain.text("detail").contains("is CLOSED"), closeAgain::toString);
        assertEquals(0, count("SELECT COUNT(*) FROM finding WHERE inspection_id = " + inspection));
        assertEquals(201, addendum.status(), "closing does not forbid an addendum: " + addendum);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'inspection.close' AND entity_id = '" + inspection + "'"));
    }

    @Test
    void referralsAreSeenOnlyByTheReferringInspectorateAndTheAdmin() {
        long inspection = plan("ROUTINE");
        Api.Response r = api.post("/api/inspections/" + inspection + "/referrals", inspector, referral(headcount(0, 1, 2, 0, 0, 1)));
        assertEquals(201, r.status(), r::toString);

        assertEquals(1, api.get("/api/inspections/" + inspection, inspector).body().get("referrals").size());
        assertEquals(1, api.get("/api/inspections/" + inspection, admin).body().get("referrals").size());
        Api.Response byAuditor = api.get("/api/inspections/" + inspection, auditor);
        assertEquals(200, byAuditor.status());
        assertTrue(byAuditor.body().get("referrals").isNull(), "the buyer sees the inspection, not its referrals");
        assertEquals(404, api.get("/api/inspections/" + inspection, otherInspector).status());
        assertEquals(404, api.post("/api/inspections/" + inspection + "/referrals", otherInspector,
                referral(headcount(0, 1, 0, 0, 0, 0))).status());
    }

    @Test
    void aChildReferralIsUrgentAndNeedsAGuardianService() {
        long inspection = plan("ROUTINE");
        Map<String, Object> child = referral(headcount(1, 0, 0, 0, 0, 0));

        Api.Response missing = api.post("/api/inspections/" + inspection + "/referrals", inspector, child);
        child.put("guardianServiceId", childProtection);
        Api.Response ok = api.post("/api/inspections/" + inspection + "/referrals", inspector, child);

        assertEquals(400, missing.status());
        assertEquals("guardianServiceId", missing.body().get("errors").get(0).get("field").getStringValue());
        assertEquals(201, ok.status(), ok::toString);
        assertTrue(ok.body().get("urgent").getBooleanValue());
    }

    @Test
    void aReferralWithANameOrADocumentNumberIsRefusedAndNothingIsStored() {
        long inspection = plan("ROUTINE");
        Map<String, Object> named = referral(headcount(0, 1, 0, 0, 0, 0));
        named.put("fullName", "Fatima B.");
        Map<String, Object> passport = referral(headcount(0, 1, 0, 0, 0, 0));
        passport.put("serviceName", "Shelter, case of passport AB1234567");

        Api.Response r1 = api.post("/api/inspections/" + inspection + "/referrals", inspector, named);
        Api.Response r2 = api.post("/api/inspections/" + inspection + "/referrals", inspector, passport);

        assertEquals(400, r1.status());
        assertEquals("fullName", r1.body().get("errors").get(0).get("field").getStringValue());
        assertEquals(400, r2.status());
        assertEquals("serviceName", r2.body().get("errors").get(0).get("field").getStringValue());
        assertEquals(0, count("SELECT COUNT(*) FROM referral WHERE inspection_id = " + inspection));
    }

    @Test
    void countsThatDoNotAddUpAndAFutureVisitAreRefused() {
        long inspection = plan("ROUTINE");
        Api.Response tooMany = api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "DEBT_BONDAGE",
                "description", "Recruitment debts", "evidenceSource", "DOCUMENT_REVIEW", "workersAffected", headcount(0, 50, 0, 0, 0, 0)));
        Api.Response future = api.post("/api/inspections/" + inspection + "/complete", inspector,
                Map.of("visitDate", LocalDate.now().plusDays(2).toString()));

        assertEquals(400, tooMany.status());
        assertEquals("workersAffected", tooMany.body().get("errors").get(0).get("field").getStringValue());
        assertEquals(400, future.status());
        assertEquals("visitDate", future.body().get("errors").get(0).get("field").getStringValue());
        assertEquals("PLANNED", api.get("/api/inspections/" + inspection, inspector).body().get("inspection").get("status").getStringValue());
        assertEquals(0, count("SELECT COUNT(*) FROM finding WHERE inspection_id = " + inspection));
    }

    @Test
    void aFindingOnAnotherInspectoratesInspectionIsNotFound() {
        long inspection = plan("ROUTINE");

        Api.Response r = api.post("/api/inspections/" + inspection + "/findings", otherInspector, Map.of("indicator", "ISOLATION",
                "description", "x", "evidenceSource", "OBSERVATION", "workersAffected", headcount(0, 0, 1, 0, 0, 0)));

        assertEquals(404, r.status(), r::toString);
        assertEquals(0, count("SELECT COUNT(*) FROM finding WHERE inspection_id = " + inspection));
    }

    @Test
    void theExportIsJsonLinesInTheInspectionSchemaWithoutReferrals() throws Exception {
        long inspection = plan("JOINT");
        long finding = finding(inspection, "DEBT_BONDAGE");
        api.post("/api/inspections/" + inspection + "/referrals", inspector, referral(headcount(0, 1, 0, 0, 0, 0)));
        api.post("/api/findings/" + finding + "/corrective-actions", inspector,
                Map.of("description", "Cancel recruitment debts", "dueDate", LocalDate.now().plusDays(10).toString()));
        api.post("/api/inspections/" + inspection + "/complete", inspector, Map.of());

        Api.Response export = api.getText("/api/inspections/export.jsonl", "application/x-ndjson", inspector);

        assertEquals(200, export.status(), export::toString);
        assertTrue(export.contentType().startsWith("application/x-ndjson"), export.contentType());
        var factory = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012);
        var schema = factory.getSchema(getClass().getClassLoader().getResourceAsStream("json/inspection/v1.schema.json"));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String ours = null;
        for (String line : export.raw().split("\n")) {
            assertEquals(java.util.Set.of(), schema.validate(mapper.readTree(line)), line);
            if (line.contains("\"inspectionId\":\"" + inspection + "\"")) {
                ours = line;
            }
        }
        assertTrue(ours != null && ours.contains("DEBT_BONDAGE") && ours.contains("Cancel recruitment debts"), export.raw());
        assertFalse(ours.contains("nationality") || ours.contains("SHELTER"), "referrals are never exported");
        assertEquals(403, api.getText("/api/inspections/export.jsonl", "application/x-ndjson", auditor).status());
    }

    @Test
    void theExportNeverHandsASpreadsheetAFormula() {
        long inspection = plan("ROUTINE");
        api.post("/api/inspections/" + inspection + "/findings", inspector, Map.of("indicator", "ISOLATION",
                "description", "=HYPERLINK(\"http://evil.example\",\"Click\")", "evidenceSource", "OBSERVATION",
                "workersAffected", headcount(0, 0, 1, 0, 0, 0)));

        Api.Response export = api.getText("/api/inspections/export.jsonl", "application/x-ndjson", inspector);

        assertEquals(200, export.status(), export::toString);
        assertTrue(export.raw().contains("\"description\":\"'=HYPERLINK("), export.raw());
        assertFalse(export.raw().contains("\"description\":\"=HYPERLINK("), export.raw());
    }

    @Test
    void openCorrectiveActionsPastTheirDueDateAreListedAsOverdue() {
        long inspection = plan("ROUTINE");
        long finding = finding(inspection, "WITHHOLDING_OF_WAGES");
        long action = api.post("/api/findings/" + finding + "/corrective-actions", inspector,
                Map.of("description", "Pay the withheld wages", "dueDate", LocalDate.now().plusDays(7).toString())).number("id");
        assertFalse(overdueIds().contains(action));

        clock.advance(Duration.ofDays(8));

        assertTrue(overdueIds().contains(action));
    }

    private List<Long> overdueIds() {
        List<Long> ids = new java.util.ArrayList<>();
        api.get("/api/corrective-actions/overdue", inspector).body().values().forEach(a -> ids.add(a.get("id").getLongValue()));
        return ids;
    }
}
