package org.clearchain.supplier;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Onboarding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sharing a supplier is by consent: another buyer asks by name and country, the supplier's organisation (or, while it
 * has none, the buyer that listed it first) decides, and until it accepts the supplier does not exist for the asker.
 */
class LinkRequestApiTest extends ApiTest {

    private static final long MISSING = 987_654_321L;

    private String auditorA;
    private String auditorB;
    private String supplierUser;
    private String inspector;
    private long supplierOrganisation;

    @BeforeAll
    void logIn() {
        auditorA = api.login("auditor.a");
        auditorB = api.login("auditor.b");
        supplierUser = api.login("supplier.a");
        inspector = api.login("inspector");
        supplierOrganisation = new AdminFixture(api, api.login("admin")).organisationNamed("Supplier A (demo)");
    }

    /** A supplier of employer A, without an organisation of its own unless {@code organisation} is given. */
    private long supplierOfA(String name, String country, Long organisation) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "country", country, "sectors", List.of("1410"),
                "registrationNumber", "REG-" + name.hashCode()));
        Api.Response r = api.post("/api/suppliers", auditorA, body);
        assertEquals(201, r.status(), r::toString);
        long id = r.body().get("supplier").get("id").getLongValue();
        if (organisation != null) {
            Onboarding.join(api, api.login("admin"), id, organisation);
        }
        return id;
    }

    private Api.Response ask(String token, String name, String country) {
        return api.post("/api/link-requests", token, Map.of("name", name, "country", country, "message", "We buy from them too"));
    }

    private long askAsB(String name, String country) {
        Api.Response asked = ask(auditorB, name, country);
        assertEquals(201, asked.status(), asked::toString);
        return asked.number("id");
    }

    /** The answer for another buyer's supplier is the answer for one that does not exist, id for id. */
    private void assertAnswersLikeAMissingSupplier(String method, String path, long id, Object body) {
        Api.Response foreign = api.call(method, path.formatted(id), auditorB, body);
        Api.Response missing = api.call(method, path.formatted(MISSING), auditorB, body);

        assertProblem(404, foreign);
        assertEquals(missing.status(), foreign.status(), path);
        assertEquals(missing.text("title"), foreign.text("title"), path);
        assertEquals(missing.text("detail").replace(String.valueOf(MISSING), String.valueOf(id)), foreign.text("detail"), path);
    }

    private void assertNothingOfTheSupplierReadableByB(long id) {
        assertAnswersLikeAMissingSupplier("GET", "/api/suppliers/%d", id, null);
        assertAnswersLikeAMissingSupplier("GET", "/api/suppliers/%d/risk", id, null);
        assertAnswersLikeAMissingSupplier("GET", "/api/suppliers/%d/risk/history", id, null);
        assertAnswersLikeAMissingSupplier("GET", "/api/suppliers/%d/risk/changes", id, null);
        assertAnswersLikeAMissingSupplier("GET", "/api/suppliers/%d/declarations", id, null);
        assertAnswersLikeAMissingSupplier("POST", "/api/suppliers/%d/sites", id,
                Map.of("name", "Planted site", "country", "PT", "workers", 5));
        assertAnswersLikeAMissingSupplier("POST", "/api/suppliers/%d/agency-uses", id,
                Map.of("agencyName", "Planted Agency", "agencyCountry", "PT"));
        assertAnswersLikeAMissingSupplier("POST", "/api/suppliers/%d/declaration-requests", id,
                Map.of("dueDate", LocalDate.now().plusDays(10).toString()));
        assertAnswersLikeAMissingSupplier("POST", "/api/suppliers/%d/link", id, Map.of("tier", 1));
        Api.Download foreignPdf = api.download("/api/suppliers/" + id + "/report.pdf", auditorB);
        Api.Download missingPdf = api.download("/api/suppliers/" + MISSING + "/report.pdf", auditorB);
        assertEquals(404, foreignPdf.status(), foreignPdf::toString);
        assertEquals(missingPdf.text().replace(String.valueOf(MISSING), String.valueOf(id)), foreignPdf.text());
        Api.Response hits = api.get("/api/screening/hits?subjectType=SUPPLIER&subjectId=" + id, auditorB);
        assertEquals(200, hits.status(), hits::toString);
        assertEquals(0, hits.number("totalItems"), hits::toString);
        Api.Response requests = api.get("/api/declaration-requests?supplierId=" + id, auditorB);
        assertEquals(0, requests.number("totalItems"), requests::toString);
    }

    @Test
    void anotherBuyerCannotLinkOrReadASupplierWithoutConsent() {
        long id = supplierOfA("Consent Olive Grove", "PT", null);
        long site = api.post("/api/suppliers/" + id + "/sites", auditorA, Map.of("name", "Grove", "country", "PT"))
                .number("id");
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate",
                LocalDate.now().toString(), "type", "ROUTINE", "announced", false)).body().get("inspection").get("id")
                .getLongValue();
        long sites = count("SELECT COUNT(*) FROM site WHERE supplier_id = " + id);

        assertNothingOfTheSupplierReadableByB(id);

        assertFalse(api.get("/api/suppliers?q=olive&size=200", auditorB).raw().contains("Consent Olive Grove"));
        assertAnswersLikeAMissingSupplier("GET", "/api/inspections/%d", inspection, null);
        assertEquals(404, api.download("/api/inspections/" + inspection + "/report.pdf", auditorB).status());
        assertEquals(sites, count("SELECT COUNT(*) FROM site WHERE supplier_id = " + id), "no site planted");
        assertEquals(0, count("SELECT COUNT(*) FROM buyer_link l JOIN organisation o ON o.id = l.buyer_id"
                + " WHERE o.name = 'Employer B (demo)' AND l.supplier_id = " + id));
    }

    @Test
    void theDuplicateWarningSaysASupplierExistsAndHowToAskButNotWhichOne() {
        long id = supplierOfA("Fábrica Têxtil Secreta S.A.", "PT", supplierOrganisation);
        api.post("/api/suppliers/" + id + "/sites", auditorA, Map.of("name", "Secret weaving hall", "country", "PT"));

        Api.Response twin = api.post("/api/suppliers", auditorB, Map.of("name", "FABRICA TEXTIL SECRETA", "country", "PT"));

        assertProblem(409, twin);
        assertNull(twin.body().get("existing"), twin::toString);
        assertFalse(twin.raw().contains("\"id\""), "no id: " + twin);
        assertFalse(twin.raw().matches("(?s).*\\b" + id + "\\b.*"), "no id: " + twin);
        assertFalse(twin.raw().contains("Têxtil"), "not the stored name: " + twin);
        assertFalse(twin.raw().contains("REG-"), "not its registration number: " + twin);
        assertFalse(twin.raw().contains("Secret weaving hall"), twin::toString);
        assertFalse(twin.raw().contains("Supplier A (demo)"), twin::toString);
        assertTrue(twin.text("detail").contains("POST /api/link-requests"), twin::toString);
        assertTrue(twin.text("detail").contains("FABRICA TEXTIL SECRETA"), "the caller's own spelling: " + twin);
    }

    @Test
    void aRequestShowsWhatWasAskedButNoSupplierIdUntilAccepted() {
        long id = supplierOfA("Pending Cork Works", "PT", supplierOrganisation);

        Api.Response asked = ask(auditorB, "pending cork works ltd", "PT");

        assertEquals(201, asked.status(), asked::toString);
        assertEquals("PENDING", asked.text("status"));
        assertEquals("SENT", asked.text("direction"));
        assertEquals("pending cork works ltd", asked.text("name"));
        assertEquals("PT", asked.text("country"));
        assertNull(asked.text("supplierId"), asked::toString);
        assertFalse(asked.raw().contains("Pending Cork Works"), "not the stored name: " + asked);
        assertFalse(asked.raw().contains("\"supplierId\":" + id), asked::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'link-request.send' AND entity_id = '"
                + asked.number("id") + "'"));
        assertNothingOfTheSupplierReadableByB(id);
    }

    @Test
    void aDeclinedRequestLeavesTheSupplierUnreadable() {
        long id = supplierOfA("Declined Tannery", "PT", supplierOrganisation);
        long request = askAsB("Declined Tannery", "PT");

        Api.Response declined = api.post("/api/link-requests/" + request + "/decline", supplierUser,
                Map.of("reason", "We do not sell to employer B"));

        assertEquals(200, declined.status(), declined::toString);
        assertEquals("DECLINED", declined.text("status"));
        assertNothingOfTheSupplierReadableByB(id);
        Api.Response seenByB = api.get("/api/link-requests/" + request, auditorB);
        assertEquals("DECLINED", seenByB.text("status"), seenByB::toString);
        assertEquals("We do not sell to employer B", seenByB.text("decisionReason"));
        assertNull(seenByB.text("supplierId"), seenByB::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'link-request.decline' AND entity_id = '"
                + request + "'"));
    }

    @Test
    void theSuppliersOwnOrganisationAcceptsAndTheBuyerThenReadsIt() {
        long id = supplierOfA("Accepted Ceramics", "PT", supplierOrganisation);
        long request = askAsB("ACCEPTED CERAMICS", "PT");
        JsonNode received = receivedBy(supplierUser, request);
        assertEquals("Employer B (demo)", received.get("requestingOrganisation").getStringValue());
        assertEquals(id, received.get("supplierId").getLongValue());
        assertEquals("We buy from them too", received.get("message").getStringValue());

        Api.Response accepted = api.post("/api/link-requests/" + request + "/accept", supplierUser, Map.of());

        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals("ACCEPTED", accepted.text("status"));
        Api.Response shown = api.get("/api/suppliers/" + id, auditorB);
        assertEquals(200, shown.status(), shown::toString);
        assertEquals(1, shown.body().get("link").get("tier").getIntValue());
        assertEquals(200, api.get("/api/suppliers/" + id + "/risk", auditorB).status());
        assertEquals(id, api.get("/api/link-requests/" + request, auditorB).number("supplierId"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'link-request.accept' AND entity_id = '"
                + request + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'supplier.link' AND actor = 'supplier.a'"
                + " AND entity_id = '" + id + "'"));
    }

    @Test
    void withoutASupplierOrganisationTheBuyerThatListedItFirstDecides() {
        long id = supplierOfA("Orphan Vineyard", "PT", null);
        long request = askAsB("Orphan Vineyard", "PT");
        assertEquals(404, api.post("/api/link-requests/" + request + "/accept", supplierUser, Map.of()).status(),
                "the supplier has no organisation: its users are not asked");

        Api.Response accepted = api.post("/api/link-requests/" + request + "/accept", auditorA,
                Map.of("reason", "Shared vineyard"));

        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(200, api.get("/api/suppliers/" + id, auditorB).status());
    }

    @Test
    void whoMayNotDecideARequestGets404AndItStaysPending() {
        supplierOfA("Undecided Quarry", "PT", supplierOrganisation);
        long request = askAsB("Undecided Quarry", "PT");
        Api.Response missing = api.post("/api/link-requests/" + MISSING + "/accept", auditorA, Map.of());

        for (String token : List.of(auditorA, auditorB)) {
            Api.Response r = api.post("/api/link-requests/" + request + "/accept", token, Map.of());
            assertProblem(404, r);
            assertEquals(missing.text("detail").replace(String.valueOf(MISSING), String.valueOf(request)), r.text("detail"));
            assertProblem(404, api.post("/api/link-requests/" + request + "/decline", token, Map.of()));
        }
        assertProblem(404, api.get("/api/link-requests/" + request, auditorA));
        assertProblem(403, api.post("/api/link-requests/" + request + "/accept", inspector, Map.of()));
        assertEquals("PENDING", api.get("/api/link-requests/" + request, auditorB).text("status"));
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        supplierOfA("Twice Decided Mill", "PT", supplierOrganisation);
        long request = askAsB("Twice Decided Mill", "PT");
        api.post("/api/link-requests/" + request + "/decline", supplierUser, Map.of());

        Api.Response again = api.post("/api/link-requests/" + request + "/accept", supplierUser, Map.of());

        assertProblem(409, again);
        assertTrue(again.text("detail").contains("declined"), again::toString);
    }

    @Test
    void aSecondPendingRequestForTheSameSupplierIsAConflictButAfterADeclineOneMayAskAgain() {
        supplierOfA("Asked Twice Bakery", "PT", supplierOrganisation);
        long first = askAsB("Asked Twice Bakery", "PT");

        assertProblem(409, ask(auditorB, "Asked Twice Bakery", "PT"));
        api.post("/api/link-requests/" + first + "/decline", supplierUser, Map.of());
        assertEquals(201, ask(auditorB, "Asked Twice Bakery", "PT").status());
    }

    @Test
    void aRequestForAnUnknownSupplierIsNotFoundWithAHint() {
        Api.Response r = ask(auditorB, "Nobody Ever Listed This", "PT");

        assertProblem(404, r);
        assertTrue(r.text("detail").contains("POST /api/suppliers"), r::toString);
    }

    @Test
    void aRequestForASupplierAlreadyOnTheListIsAConflict() {
        supplierOfA("Already Mine Quarry", "PT", null);

        assertProblem(409, ask(auditorA, "Already Mine Quarry", "PT"));
    }

    @Test
    void aTierTwoRequestNeedsItsParentOnTheRequestersListAndLandsBelowIt() {
        Api.Response parent = api.post("/api/suppliers", auditorB, Map.of("name", "B's Own Spinner", "country", "PT"));
        long parentId = parent.body().get("supplier").get("id").getLongValue();
        long id = supplierOfA("Deep Tier Cotton Farm", "PT", supplierOrganisation);
        long notBs = supplierOfA("Not B's Parent", "PT", null);

        Api.Response foreignParent = api.post("/api/link-requests", auditorB, Map.of("name", "Deep Tier Cotton Farm",
                "country", "PT", "tier", 2, "parentSupplierId", notBs));
        Api.Response asked = api.post("/api/link-requests", auditorB, Map.of("name", "Deep Tier Cotton Farm",
                "country", "PT", "tier", 2, "parentSupplierId", parentId));
        api.post("/api/link-requests/" + asked.number("id") + "/accept", supplierUser, Map.of());

        assertEquals(400, foreignParent.status(), foreignParent::toString);
        JsonNode parentSeen = receivedBy(supplierUser, asked.number("id")).get("parentSupplierId");
        assertTrue(parentSeen == null || parentSeen.isNull(), "the decider sees none of B's list");
        JsonNode link = api.get("/api/suppliers/" + id, auditorB).body().get("link");
        assertEquals(2, link.get("tier").getIntValue());
        assertEquals(parentId, link.get("parentSupplierId").getLongValue());
    }

    @Test
    void eachSideListsItsOwnRequests() {
        supplierOfA("Listed Requests Pottery", "PT", supplierOrganisation);
        long request = askAsB("Listed Requests Pottery", "PT");

        assertTrue(idsOf(api.get("/api/link-requests?status=PENDING", auditorB)).contains(request));
        assertTrue(idsOf(api.get("/api/link-requests?status=PENDING", supplierUser)).contains(request));
        assertFalse(idsOf(api.get("/api/link-requests?size=200", auditorA)).contains(request),
                "employer A neither asked nor decides for a supplier with its own organisation");
        assertEquals(400, api.get("/api/link-requests?status=MAYBE", auditorB).status());
    }

    private JsonNode receivedBy(String token, long request) {
        Api.Response r = api.get("/api/link-requests/" + request, token);
        assertEquals(200, r.status(), r::toString);
        assertEquals("RECEIVED", r.text("direction"), r::toString);
        return r.body();
    }

    private static List<Long> idsOf(Api.Response page) {
        List<Long> ids = new java.util.ArrayList<>();
        page.body().get("items").values().forEach(i -> ids.add(i.get("id").getLongValue()));
        return ids;
    }
}
