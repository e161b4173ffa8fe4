package org.clearchain.supplier;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Onboarding;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.clearchain.testing.Problems.assertBadField;
import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Corrections and endings: each needs a reason, keeps the values before in the record's history with who and when,
 * and respects tenancy as reading does (another buyer's supplier answers like one that does not exist).
 */
class CorrectionApiTest extends ApiTest {

    private static final long MISSING = 987_654_321L;

    private String auditorA;
    private String auditorB;
    private String officer;
    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        auditorA = api.login("auditor.a");
        auditorB = api.login("auditor.b");
        officer = api.login("licensing");
        register = new RegisterFixture(api, officer);
    }

    private long supplierOfA(String name) {
        Api.Response r = api.post("/api/suppliers", auditorA, Map.of("name", name, "country", "RO", "sectors", List.of("1410"),
                "registrationNumber", "J12/1/2020"));
        assertEquals(201, r.status(), r::toString);
        return r.body().get("supplier").get("id").getLongValue();
    }

    private JsonNode history(String path, String token) {
        Api.Response r = api.get(path + "/history", token);
        assertEquals(200, r.status(), r::toString);
        return r.body();
    }

    private static JsonNode last(JsonNode history) {
        JsonNode last = null;
        for (JsonNode revision : history.values()) {
            last = revision;
        }
        return last;
    }

    /** Another buyer's record answers exactly as a record that does not exist. */
    private void assertLikeMissing(String method, String pathWithId, long id, Object body) {
        Api.Response foreign = api.call(method, pathWithId.formatted(id), auditorB, body);
        Api.Response missing = api.call(method, pathWithId.formatted(MISSING), auditorB, body);
        assertProblem(404, foreign);
        assertEquals(missing.text("detail").replace(String.valueOf(MISSING), String.valueOf(id)), foreign.text("detail"));
    }

    @Test
    void correctingASupplierKeepsItsPreviousDetailsWithWhoWhenAndWhy() {
        long id = supplierOfA("Carpati Textlie SRL");

        Api.Response corrected = api.call("PATCH", "/api/suppliers/" + id, auditorA, Map.of("name", "Carpati Textile SRL",
                "registrationNumber", "J12/345/2015", "reason", "Name and number mistyped at listing"));

        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("Carpati Textile SRL", api.get("/api/suppliers/" + id, auditorA).body().get("supplier").get("name").getStringValue());
        JsonNode revision = last(history("/api/suppliers/" + id, auditorA));
        assertEquals("supplier.correct", revision.get("action").getStringValue());
        assertEquals("Carpati Textlie SRL", revision.get("before").get("name").getStringValue());
        assertEquals("J12/1/2020", revision.get("before").get("registrationNumber").getStringValue());
        assertEquals("Carpati Textile SRL", revision.get("after").get("name").getStringValue());
        assertEquals("Name and number mistyped at listing", revision.get("reason").getStringValue());
        assertEquals("auditor.a", revision.get("revisedBy").getStringValue());
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'supplier.correct' AND entity_id = '" + id + "'") == 1);
    }

    @Test
    void aCorrectionWithoutAReasonOrWithNothingToCorrectIsRefused() {
        long id = supplierOfA("Reasonless Weaving");

        assertBadField("reason", api.call("PATCH", "/api/suppliers/" + id, auditorA, Map.of("name", "Other Name")));
        assertProblem(400, api.call("PATCH", "/api/suppliers/" + id, auditorA, Map.of("reason", "nothing")));
        assertEquals("Reasonless Weaving", api.get("/api/suppliers/" + id, auditorA).body().get("supplier").get("name").getStringValue());
    }

    @Test
    void anotherBuyerCorrectsEndsAndReadsNothingOfASupplierNotLinkedToIt() {
        long id = supplierOfA("Tenanted Leather Works");
        long site = api.post("/api/suppliers/" + id + "/sites", auditorA, Map.of("name", "Tannery", "country", "RO")).number("id");

        assertLikeMissing("PATCH", "/api/suppliers/%d", id, Map.of("name", "Renamed", "reason", "hostile"));
        assertLikeMissing("PATCH", "/api/suppliers/%d/sites/" + site, id, Map.of("workers", 1, "reason", "hostile"));
        assertLikeMissing("POST", "/api/suppliers/%d/unlink", id, Map.of("reason", "hostile"));
        assertLikeMissing("GET", "/api/suppliers/%d/history", id, null);
        assertEquals(0, count("SELECT COUNT(*) FROM revision WHERE entity_type = 'site' AND entity_id = " + site));
    }

    @Test
    void correctingASiteKeepsItsPreviousValues() {
        long id = supplierOfA("Site Counting Mill");
        long site = api.post("/api/suppliers/" + id + "/sites", auditorA, Map.of("name", "Main hall", "country", "RO",
                "workers", 120)).number("id");

        Api.Response corrected = api.call("PATCH", "/api/suppliers/" + id + "/sites/" + site, auditorA,
                Map.of("workers", 180, "address", "Str. Morii 3, Cluj", "reason", "Recounted after the new season"));

        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(180, corrected.number("workers"));
        assertEquals("Main hall", corrected.text("name"), "what was not sent stays");
        JsonNode revision = last(history("/api/suppliers/" + id, auditorA));
        assertEquals("site.correct", revision.get("action").getStringValue());
        assertEquals(120, revision.get("before").get("workers").getIntValue());
        assertEquals(404, api.call("PATCH", "/api/suppliers/" + supplierOfA("Other Mill") + "/sites/" + site, auditorA,
                Map.of("workers", 1, "reason", "wrong supplier")).status(), "a site is corrected through its own supplier");
    }

    @Test
    void anEndedAgencyUseCountsUpToItsEndDateAndNoLonger() {
        String revoked = register.activeLicence();
        register.move(revoked, "revoke");
        long endedYesterday = supplierOfA("Ended Recruiter Farm");
        long endedToday = supplierOfA("Ending Recruiter Farm");
        long useYesterday = useAgency(endedYesterday, revoked);
        long useToday = useAgency(endedToday, revoked);
        double before = agencyPoints(endedYesterday);
        assertTrue(before > 0, "a revoked agency weighs on its user");

        Api.Response ended = api.post("/api/suppliers/" + endedYesterday + "/agency-uses/" + useYesterday + "/end", auditorA,
                Map.of("endedOn", LocalDate.now().minusDays(1).toString(), "reason", "Stopped using the recruiter last week"));
        api.post("/api/suppliers/" + endedToday + "/agency-uses/" + useToday + "/end", auditorA,
                Map.of("endedOn", LocalDate.now().toString(), "reason", "Stops today"));

        assertEquals(200, ended.status(), ended::toString);
        assertEquals(0.0, agencyPoints(endedYesterday), "rescored at once: the ended use no longer counts");
        assertFalse(rules(endedYesterday).contains("A.agency"), rules(endedYesterday).toString());
        assertEquals(before, agencyPoints(endedToday), "on its end date the use still counts");
        assertEquals(0, api.get("/api/suppliers/" + endedYesterday, auditorA).body().get("agencyUses").size());
        JsonNode revision = last(history("/api/suppliers/" + endedYesterday, auditorA));
        assertEquals("agency-use.end", revision.get("action").getStringValue());
        assertEquals(LocalDate.now().minusDays(1).toString(), revision.get("after").get("endedOn").getStringValue());
        assertBadField("endedOn", api.post("/api/suppliers/" + endedToday + "/agency-uses/" + useToday + "/end", auditorA,
                Map.of("endedOn", LocalDate.now().minusYears(1).toString(), "reason", "before the last placement")));
    }

    private long useAgency(long supplier, String licence) {
        Api.Response r = api.post("/api/suppliers/" + supplier + "/agency-uses", auditorA, Map.of("licenceNumber", licence,
                "workforceShare", 60, "lastPlacementDate", LocalDate.now().minusMonths(1).toString()));
        assertEquals(201, r.status(), r::toString);
        return r.number("id");
    }

    private double agencyPoints(long supplier) {
        Api.Response r = api.get("/api/suppliers/" + supplier + "/risk", auditorA);
        assertEquals(200, r.status(), r::toString);
        return r.body().get("agencies").getDoubleValue();
    }

    private List<String> rules(long supplier) {
        List<String> rules = new ArrayList<>();
        api.get("/api/suppliers/" + supplier + "/risk", auditorA).body().get("contributions").values()
                .forEach(c -> rules.add(c.get("rule").getStringValue()));
        return rules;
    }

    @Test
    void aBuyerEndsItsLinkAndTheSupplierStaysForItsOtherBuyers() {
        long id = supplierOfA("Shared Olive Press");
        long asked = api.post("/api/link-requests", auditorB, Map.of("name", "Shared Olive Press", "country", "RO")).number("id");
        assertEquals(200, api.post("/api/link-requests/" + asked + "/accept", auditorA, Map.of()).status());
        long request = api.post("/api/suppliers/" + id + "/declaration-requests", auditorA,
                Map.of("dueDate", LocalDate.now().plusDays(10).toString())).number("id");

        Api.Response unlinked = api.post("/api/suppliers/" + id + "/unlink", auditorA, Map.of("reason", "Contract ended"));

        assertEquals(204, unlinked.status(), unlinked::toString);
        assertProblem(404, api.get("/api/suppliers/" + id, auditorA));
        assertEquals(200, api.get("/api/suppliers/" + id, auditorB).status(), "the supplier stays for its other buyer");
        assertEquals("WITHDRAWN", api.get("/api/declaration-requests/" + request, auditorA).text("status"),
                "what the buyer still asked is withdrawn");
        assertEquals(1, count("SELECT COUNT(*) FROM ended_buyer_link WHERE supplier_id = " + id
                + " AND end_reason = 'Contract ended' AND ended_by = 'auditor.a'"));
        assertEquals(1, count("SELECT COUNT(*) FROM supplier WHERE id = " + id), "nothing is deleted but the live link");
    }

    @Test
    void aWithdrawnRequestIsSeenAsSuchAndIsNeverOverdue() {
        long id = supplierOfA("Withdrawn Request Dairy");
        long request = api.post("/api/suppliers/" + id + "/declaration-requests", auditorA,
                Map.of("dueDate", LocalDate.now().toString())).number("id");
        assertLikeMissing("POST", "/api/declaration-requests/%d/withdraw", request, Map.of("reason", "not yours"));

        Api.Response withdrawn = api.post("/api/declaration-requests/" + request + "/withdraw", auditorA,
                Map.of("reason", "Sent to the wrong supplier"));

        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("WITHDRAWN", withdrawn.text("status"));
        assertEquals("Sent to the wrong supplier", withdrawn.text("withdrawalReason"));
        String admin = api.login("admin");
        Onboarding.join(api, admin, id, new AdminFixture(api, admin).organisationNamed("Supplier A (demo)"));
        Api.Response seenBySupplier = api.get("/api/declaration-requests/" + request, api.login("supplier.a"));
        assertEquals("WITHDRAWN", seenBySupplier.text("status"), seenBySupplier::toString);
        assertEquals("Sent to the wrong supplier", seenBySupplier.text("withdrawalReason"));
        assertProblem(409, api.post("/api/declaration-requests/" + request + "/declaration", api.login("supplier.a"),
                Map.of("answers", Map.of(), "attestation", Map.of("name", "Ana Popescu", "role", "HR manager",
                        "date", LocalDate.now().toString()))));
        clock.advance(java.time.Duration.ofDays(3));
        try {
            Api.Response overdue = api.get("/api/declaration-requests?overdue=true&supplierId=" + id, auditorA);
            assertEquals(0, overdue.number("totalItems"), overdue::toString);
        } finally {
            clock.reset();
        }
        assertProblem(409, api.post("/api/declaration-requests/" + request + "/withdraw", auditorA, Map.of("reason", "again")));
    }

    @Test
    void correctingAnAgencyNeedsAReasonAndKeepsItsHistory() {
        long agency = register.agency("Agence Misspeled");

        Api.Response withoutReason = api.put("/api/agencies/" + agency, officer, RegisterFixture.agencyBody("Agence Corrected", "FR"));
        Api.Response corrected = api.put("/api/agencies/" + agency, officer,
                RegisterFixture.correctionBody("Agence Misspelled", "FR", "Typo in the legal name"));

        assertBadField("reason", withoutReason);
        assertEquals(200, corrected.status(), corrected::toString);
        JsonNode revision = last(history("/api/agencies/" + agency, officer));
        assertEquals("Agence Misspeled", revision.get("before").get("legalName").getStringValue());
        assertEquals("Typo in the legal name", revision.get("reason").getStringValue());
        assertEquals("licensing", revision.get("revisedBy").getStringValue());
    }

    @Test
    void correctingAComplaintsCategoryKeepsTheOneBefore() {
        long agency = register.agency("Category Agency");
        long complaint = api.post("/api/complaints", officer, Map.of("agencyId", agency, "category", "WAGE_THEFT",
                "description", "Fees of 900 USD taken before departure")).number("id");

        Api.Response corrected = api.call("PATCH", "/api/complaints/" + complaint, officer,
                Map.of("category", "RECRUITMENT_FEES", "reason", "The money was a placement fee, not wages"));

        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("RECRUITMENT_FEES", corrected.text("category"));
        JsonNode revision = last(history("/api/complaints/" + complaint, officer));
        assertEquals("WAGE_THEFT", revision.get("before").get("category").getStringValue());
        assertFalse(revision.toString().contains("900 USD"), "the history keeps no complainant's words");
        assertBadField("category", api.call("PATCH", "/api/complaints/" + complaint, officer,
                Map.of("category", "RECRUITMENT_FEES", "reason", "again")));
    }
}
