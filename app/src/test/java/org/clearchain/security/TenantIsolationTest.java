package org.clearchain.security;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * Two licensing authorities share the platform: each officer sees and changes only their own authority's
 * register, and another authority's records answer 404 as if they did not exist.
 */
class TenantIsolationTest extends ApiTest {

    private static final String SECRET_NAME = "First Authority Private Agency";

    private String firstOfficer;
    private String secondOfficer;
    private long agencyId;
    private String pendingNumber;
    private long complaintId;

    @BeforeAll
    void twoAuthorities() {
        firstOfficer = api.login("licensing");
        RegisterFixture firstRegister = new RegisterFixture(api, firstOfficer);
        agencyId = firstRegister.agency(SECRET_NAME);
        pendingNumber = firstRegister.pendingLicence(agencyId, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        Api.Response complaint = api.post("/api/complaints", firstOfficer,
                Map.of("agencyId", agencyId, "category", "WAGE_THEFT", "description", "Wages withheld for three months"));
        assertEquals(201, complaint.status(), complaint::toString);
        complaintId = complaint.number("id");

        AdminFixture admin = new AdminFixture(api, api.login("admin"));
        long secondAuthority = admin.organisation("Second Licensing Authority", "LICENSING_AUTHORITY", "DE");
        admin.user("officer.two", "second-officer-pass", "LICENSING_OFFICER", secondAuthority);
        secondOfficer = api.login("officer.two", "second-officer-pass");
    }

    @Test
    void anotherAuthoritysAgencyAnswers404() {
        Api.Response r = api.get("/api/agencies/" + agencyId, secondOfficer);

        assertProblem(404, r);
        assertFalse(r.raw().contains(SECRET_NAME), r::toString);
    }

    @Test
    void anotherAuthoritysAgencyAnswersLikeOneThatDoesNotExist() {
        Api.Response foreign = api.get("/api/agencies/" + agencyId, secondOfficer);
        Api.Response missing = api.get("/api/agencies/999999", secondOfficer);

        assertEquals(missing.status(), foreign.status());
        assertEquals(missing.text("title"), foreign.text("title"));
        assertEquals(missing.text("detail").replace("999999", String.valueOf(agencyId)), foreign.text("detail"));
    }

    @Test
    void anotherAuthoritysAgencyLicencesAnswer404() {
        assertProblem(404, api.get("/api/agencies/" + agencyId + "/licences", secondOfficer));
    }

    @Test
    void anotherAuthoritysLicenceAnswers404() {
        assertProblem(404, api.get("/api/licences/" + pendingNumber, secondOfficer));
        assertProblem(404, api.get("/api/licences/" + pendingNumber + "/events", secondOfficer));
    }

    @Test
    void anotherAuthoritysLicenceCannotBeMoved() {
        long events = count("SELECT COUNT(*) FROM licence_event");

        Api.Response r = api.post("/api/licences/" + pendingNumber + "/approve", secondOfficer, Map.of("reason", "not mine"));

        assertProblem(404, r);
        assertEquals(events, count("SELECT COUNT(*) FROM licence_event"));
        assertEquals("PENDING", api.get("/api/licences/" + pendingNumber, firstOfficer).text("status"));
    }

    @Test
    void noLicenceCanBeFiledForAnotherAuthoritysAgency() {
        long licences = count("SELECT COUNT(*) FROM licence");

        Api.Response r = api.post("/api/agencies/" + agencyId + "/licences", secondOfficer, Map.of("scope", "Placement",
                "validFrom", LocalDate.now().toString(), "validUntil", LocalDate.now().plusYears(1).toString()));

        assertProblem(404, r);
        assertEquals(licences, count("SELECT COUNT(*) FROM licence"));
    }

    @Test
    void anotherAuthoritysAgencyCannotBeCorrected() {
        Api.Response r = api.put("/api/agencies/" + agencyId, secondOfficer, RegisterFixture.correctionBody("Hijacked Name", "FR", "hijack"));

        assertProblem(404, r);
        assertEquals(1, count("SELECT COUNT(*) FROM agency WHERE id = " + agencyId + " AND legal_name = '" + SECRET_NAME + "'"));
    }

    @Test
    void anotherAuthoritysComplaintAnswers404() {
        Api.Response r = api.get("/api/complaints/" + complaintId, secondOfficer);

        assertProblem(404, r);
        assertFalse(r.raw().contains("Wages withheld"), r::toString);
    }

    @Test
    void anotherAuthoritysComplaintCannotBeMoved() {
        Api.Response r = api.post("/api/complaints/" + complaintId + "/investigate", secondOfficer, Map.of());

        assertProblem(404, r);
        assertEquals(1, count("SELECT COUNT(*) FROM complaint WHERE id = " + complaintId + " AND status = 'RECEIVED'"));
    }

    @Test
    void noComplaintCanBeEnteredAgainstAnotherAuthoritysAgency() {
        long complaints = count("SELECT COUNT(*) FROM complaint");

        Api.Response r = api.post("/api/complaints", secondOfficer,
                Map.of("agencyId", agencyId, "category", "DECEPTION", "description", "Entered by the wrong authority"));

        assertBadField("agencyId", r);
        assertEquals(complaints, count("SELECT COUNT(*) FROM complaint"));
    }

    @Test
    void noComplaintCanBeEnteredAgainstAnotherAuthoritysLicence() {
        long complaints = count("SELECT COUNT(*) FROM complaint");

        Api.Response r = api.post("/api/complaints", secondOfficer,
                Map.of("licenceNumber", pendingNumber, "category", "DECEPTION", "description", "Entered by the wrong authority"));

        assertBadField("licenceNumber", r);
        assertEquals(complaints, count("SELECT COUNT(*) FROM complaint"));
    }

    @Test
    void listsShowOnlyTheOfficersOwnAuthority() {
        long own = new RegisterFixture(api, secondOfficer).agency("Second Authority Agency");

        Api.Response agencies = api.get("/api/agencies?size=200", secondOfficer);
        Api.Response complaints = api.get("/api/complaints?size=200", secondOfficer);

        assertEquals(200, agencies.status(), agencies::toString);
        assertEquals(List.of(own), ids(agencies));
        assertEquals(1, agencies.number("totalItems"));
        assertEquals(200, complaints.status(), complaints::toString);
        assertEquals(List.of(), ids(complaints));
        assertEquals(0, complaints.number("totalItems"));
    }

    @Test
    void searchingByNameDoesNotRevealAnotherAuthoritysAgency() {
        Api.Response r = api.get("/api/agencies?q=private%20agency", secondOfficer);

        assertEquals(200, r.status(), r::toString);
        assertEquals(0, r.number("totalItems"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"auditor.a", "inspector", "admin"})
    void readersSeeEveryAuthoritysAgencies(String user) {
        String token = api.login(user);

        Api.Response agency = api.get("/api/agencies/" + agencyId, token);
        Api.Response list = api.get("/api/agencies?size=200", token);

        assertEquals(200, agency.status(), agency::toString);
        assertEquals(SECRET_NAME, agency.body().get("agency").get("legalName").getStringValue());
        assertEquals(200, list.status(), list::toString);
        assertTrue(ids(list).contains(agencyId), list::toString);
        assertEquals(200, api.get("/api/licences/" + pendingNumber, token).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"auditor.a", "inspector", "admin"})
    void readersCannotWriteTheRegister(String user) {
        String token = api.login(user);

        assertProblem(403, api.post("/api/agencies", token, RegisterFixture.agencyBody("Reader's Agency", "FR")));
        assertProblem(403, api.post("/api/licences/" + pendingNumber + "/approve", token, Map.of("reason", "x")));
        assertEquals("PENDING", api.get("/api/licences/" + pendingNumber, firstOfficer).text("status"));
    }

    @Test
    void aSupplierIsForbiddenTheRegister() {
        String supplier = api.login("supplier.a");

        assertProblem(403, api.get("/api/agencies", supplier));
        assertProblem(403, api.get("/api/agencies/" + agencyId, supplier));
        assertProblem(403, api.get("/api/licences/" + pendingNumber, supplier));
        assertProblem(403, api.get("/api/complaints/" + complaintId, supplier));
    }

    @Test
    void anonymousMustLogInForTheRegister() {
        assertProblem(401, api.get("/api/agencies", null));
        assertProblem(401, api.get("/api/agencies/" + agencyId, null));
    }

    private static List<Long> ids(Api.Response page) {
        assertTrue(page.body().get("items") != null, "a page lists its items, even none: " + page);
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : page.body().get("items").values()) {
            ids.add(item.get("id").getLongValue());
        }
        return ids;
    }
}
