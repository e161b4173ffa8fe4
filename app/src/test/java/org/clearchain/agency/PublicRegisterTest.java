package org.clearchain.agency;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.clearchain.testing.Problems.allowedTransitions;
import static org.clearchain.testing.Problems.assertBadField;
import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What anyone may do without logging in: search the register, verify a licence, complain and follow it. */
class PublicRegisterTest extends ApiTest {

    private static final String EMAIL = "director@hidden-contact.example";
    private static final String PHONE = "+33 1 99 88 77 66";
    private static final String ADDRESS = "17 Rue Confidentielle, Paris";

    private String officer;
    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        officer = api.login("licensing");
        register = new RegisterFixture(api, officer);
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        assertEquals(List.of("Agence Générale de Recrutement"), publicNames("agence%20generale"));
    }

    @Test
    void searchFindsPolishLettersByTheirPlainLatinSpelling() {
        assertEquals(List.of("Łódź Work Partners Sp. z o.o."), publicNames("lodz"));
    }

    @Test
    void searchFindsRomanianLettersByTheirPlainLatinSpelling() {
        // The demo's Ștefan Recruitment SRL has only an application, so it is not in the public register (issue 16).
        register.activeLicenceFor(register.agency("Șerban Muncă SRL"));

        assertEquals(List.of("Șerban Muncă SRL"), publicNames("serban%20munca"));
    }

    @Test
    void searchTakesLikeWildcardsLiterally() {
        assertEquals(List.of(), publicNames("%25"));
        assertEquals(List.of(), publicNames("_"));
    }

    @Test
    void searchByASectorFindsItsAgenciesAndThoseOfItsClasses() {
        Map<String, Object> body = new HashMap<>(RegisterFixture.agencyBody("Sectorial Garment Staffing", "BD"));
        body.put("sectors", List.of("1410"));
        register.activeLicenceFor(api.post("/api/agencies", officer, body).number("id"));
        register.activeLicenceFor(register.agency("Sectorial Farm Staffing"));

        assertEquals(List.of("Sectorial Garment Staffing"), publicNames("sectorial&sector=1410"));
        assertEquals(List.of("Sectorial Garment Staffing"), publicNames("sectorial&sector=14"));
        assertEquals(List.of("Sectorial Farm Staffing"), publicNames("sectorial&sector=0111"));
        assertEquals(List.of(), publicNames("sectorial&sector=2610"));
    }

    @Test
    void publicSearchShowsNoContactDetails() {
        long id = agencyWithContacts("Contactable Recruiters SARL");
        register.activeLicenceFor(id);

        Api.Response r = api.get("/api/public/agencies?q=contactable", null);

        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.body().get("items").size(), r::toString);
        assertNoPrivateData(r);
    }

    @Test
    void publicVerificationShowsTheLicencesStandingAndNothingPrivate() {
        long id = agencyWithContacts("Verified Recruiters SARL");
        String number = register.activeLicenceFor(id);

        Api.Response r = api.get("/api/public/licences/" + number, null);

        assertEquals(200, r.status(), r::toString);
        assertEquals(number, r.text("number"));
        assertEquals("Verified Recruiters SARL", r.text("agencyName"));
        assertEquals("ACTIVE", r.text("status"));
        assertTrue(r.text("validFrom") != null && r.text("validUntil") != null, r::toString);
        assertEquals("National Labour Licensing Authority", r.text("authority"));
        assertTrue(r.body().get("validToday").getBooleanValue(), r::toString);
        assertNoPrivateData(r);
        for (String field : List.of("contactEmail", "contactPhone", "address", "actor", "authorityId", "agencyId", "userId",
                "createdBy", "filedBy", "conditions")) {
            assertTrue(r.body().get(field) == null, field + " must not be public: " + r);
        }
    }

    @Test
    void verificationAcceptsALowerCaseNumber() {
        String number = register.activeLicence();

        Api.Response r = api.get("/api/public/licences/" + number.toLowerCase(), null);

        assertEquals(200, r.status(), r::toString);
        assertEquals(number, r.text("number"));
    }

    @Test
    void aSuspendedLicenceIsNotValidToday() {
        String number = register.activeLicence();
        assertTrue(api.get("/api/public/licences/" + number, null).body().get("validToday").getBooleanValue());

        register.move(number, "suspend", Map.of("reason", "fees charged to workers"));

        Api.Response r = api.get("/api/public/licences/" + number, null);
        assertEquals("SUSPENDED", r.text("status"));
        assertFalse(r.body().get("validToday").getBooleanValue(), r::toString);
    }

    @Test
    void aPendingLicenceIsNotValidToday() {
        String number = register.pendingLicence();

        Api.Response r = api.get("/api/public/licences/" + number, null);

        assertEquals("PENDING", r.text("status"));
        assertFalse(r.body().get("validToday").getBooleanValue(), r::toString);
    }

    @Test
    void anAnonymousComplaintCanBeFollowedByItsTrackingCode() {
        long agency = register.agency("Complained About Agency");

        Api.Response filed = api.post("/api/public/complaints", null,
                Map.of("agencyId", agency, "category", "RECRUITMENT_FEES", "description", "Charged 2,000 EUR for a job"));

        assertEquals(201, filed.status(), filed::toString);
        String code = filed.text("trackingCode");
        Api.Response status = api.get("/api/public/complaints/" + code, null);
        assertEquals(200, status.status(), status::toString);
        assertEquals("RECEIVED", status.text("status"));
        assertFalse(status.raw().contains("2,000 EUR"), "the description is not public: " + status);
    }

    @Test
    void thePublicSeesWhenAnOfficerStartsInvestigating() {
        long agency = register.agency("Investigated Agency");
        String code = api.post("/api/public/complaints", null,
                Map.of("agencyId", agency, "category", "DOCUMENT_RETENTION", "description", "They keep our passports"))
                .text("trackingCode");

        Api.Response moved = api.post("/api/complaints/" + complaintId(agency, code) + "/investigate", officer, Map.of());

        assertEquals(200, moved.status(), moved::toString);
        assertEquals("INVESTIGATING", api.get("/api/public/complaints/" + code, null).text("status"));
    }

    @Test
    void aComplaintMayNameTheAgencyByALicenceNumber() {
        long agency = register.agency("Licensed And Complained About");
        String number = register.activeLicenceFor(agency);

        Api.Response filed = api.post("/api/public/complaints", null,
                Map.of("licenceNumber", number.toLowerCase(), "category", "CONTRACT_SUBSTITUTION", "description", "Different contract on arrival"));

        assertEquals(201, filed.status(), filed::toString);
        assertEquals(1, count("SELECT COUNT(*) FROM complaint WHERE agency_id = " + agency));
    }

    @Test
    void anIllegalComplaintMoveIs409NamingTheAllowedOne() {
        long agency = register.agency("Hastily Closed Agency");
        String code = api.post("/api/public/complaints", null,
                Map.of("agencyId", agency, "category", "ABUSE", "description", "Threats"))
                .text("trackingCode");
        long id = complaintId(agency, code);

        Api.Response r = api.post("/api/complaints/" + id + "/close", officer, Map.of());

        assertProblem(409, r);
        assertEquals(List.of("investigate → INVESTIGATING"), allowedTransitions(r));
        assertEquals("RECEIVED", api.get("/api/public/complaints/" + code, null).text("status"));
    }

    @Test
    void aComplaintNamingNoAgencyIs400() {
        long complaints = count("SELECT COUNT(*) FROM complaint");

        Api.Response r = api.post("/api/public/complaints", null,
                Map.of("category", "WAGE_THEFT", "description", "Unpaid for a month"));

        assertBadField("agencyId", r);
        assertEquals(complaints, count("SELECT COUNT(*) FROM complaint"));
    }

    @Test
    void aComplaintAgainstAnUnknownLicenceIs400NamingLicenceNumber() {
        long complaints = count("SELECT COUNT(*) FROM complaint");

        Api.Response r = api.post("/api/public/complaints", null,
                Map.of("licenceNumber", "CC-1999-999999", "category", "WAGE_THEFT", "description", "Unpaid for a month"));

        assertBadField("licenceNumber", r);
        assertEquals(complaints, count("SELECT COUNT(*) FROM complaint"));
    }

    @Test
    void anUnknownTrackingCodeIs404() {
        assertProblem(404, api.get("/api/public/complaints/CMP-2222-2222", null));
    }

    private List<String> publicNames(String q) {
        Api.Response r = api.get("/api/public/agencies?q=" + q, null);
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().get("items") != null, "a page lists its items, even none: " + r);
        List<String> names = new ArrayList<>();
        for (JsonNode item : r.body().get("items").values()) {
            names.add(item.get("legalName").getStringValue());
        }
        return names;
    }

    private long agencyWithContacts(String name) {
        Map<String, Object> body = new HashMap<>(RegisterFixture.agencyBody(name, "FR"));
        body.put("contactEmail", EMAIL);
        body.put("contactPhone", PHONE);
        body.put("address", ADDRESS);
        Api.Response r = api.post("/api/agencies", officer, body);
        assertEquals(201, r.status(), r::toString);
        return r.number("id");
    }

    private static void assertNoPrivateData(Api.Response r) {
        assertFalse(r.raw().contains(EMAIL), r::toString);
        assertFalse(r.raw().contains(PHONE), r::toString);
        assertFalse(r.raw().contains(ADDRESS), r::toString);
        assertFalse(r.raw().contains("\"licensing\""), "no user names: " + r);
    }

    private long complaintId(long agency, String trackingCode) {
        Api.Response list = api.get("/api/complaints?agencyId=" + agency, officer);
        for (JsonNode c : list.body().get("items").values()) {
            if (trackingCode.equals(c.get("trackingCode").getStringValue())) {
                return c.get("id").getLongValue();
            }
        }
        throw new AssertionError("complaint " + trackingCode + " not listed for its agency: " + list);
    }
}
