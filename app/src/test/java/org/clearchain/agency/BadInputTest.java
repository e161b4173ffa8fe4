package org.clearchain.agency;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.clearchain.testing.Problems.assertBadField;
import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input is refused with a problem document a person can act on, and changes nothing. */
class BadInputTest extends ApiTest {

    private String officer;
    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        officer = api.login("licensing");
        register = new RegisterFixture(api, officer);
    }

    /** Rows of every table a register write touches, so a test can show that nothing changed. */
    private record Rows(long agencies, long licences, long events, long audit) {
    }

    private Rows rows() {
        return new Rows(count("SELECT COUNT(*) FROM agency"), count("SELECT COUNT(*) FROM licence"),
                count("SELECT COUNT(*) FROM licence_event"), count("SELECT COUNT(*) FROM audit_entry"));
    }

    @Test
    void anUnknownCountryCodeIs400NamingCountry() {
        Rows before = rows();

        Api.Response r = api.post("/api/agencies", officer, RegisterFixture.agencyBody("Atlantis Recruiters", "XX"));

        assertBadField("country", r);
        assertEquals(before, rows());
    }

    @Test
    void aLowerCaseCountryCodeIs400NamingCountry() {
        Rows before = rows();

        Api.Response r = api.post("/api/agencies", officer, RegisterFixture.agencyBody("Lowercase Recruiters", "fr"));

        assertBadField("country", r);
        assertEquals(before, rows());
    }

    @Test
    void aValidityEndingBeforeItStartsIs400NamingValidUntil() {
        long agency = register.agency("Backwards Dates Agency");
        Rows before = rows();

        Api.Response r = api.post("/api/agencies/" + agency + "/licences", officer, Map.of("scope", "Placement",
                "validFrom", LocalDate.now().toString(), "validUntil", LocalDate.now().minusDays(1).toString()));

        assertBadField("validUntil", r);
        assertEquals(before, rows());
    }

    @Test
    void anEmptyNameIs400NamingLegalName() {
        Rows before = rows();

        Api.Response r = api.post("/api/agencies", officer, RegisterFixture.agencyBody("   ", "FR"));

        assertBadField("legalName", r);
        assertEquals(before, rows());
    }

    @Test
    void aTenThousandCharacterNameIs400NamingLegalName() {
        Rows before = rows();

        Api.Response r = api.post("/api/agencies", officer, RegisterFixture.correctionBody("N".repeat(10_000), "FR", "longer name"));

        assertBadField("legalName", r);
        assertFalse(r.raw().contains("N".repeat(300)), "the long name is not echoed back");
        assertEquals(before, rows());
    }

    @Test
    void aTenThousandCharacterNameCannotBeSlippedInByACorrection() {
        long id = register.agency("Correctable Agency");
        Rows before = rows();

        Api.Response r = api.put("/api/agencies/" + id, officer, RegisterFixture.agencyBody("N".repeat(10_000), "FR"));

        assertBadField("legalName", r);
        assertEquals(before, rows());
        assertEquals(1, count("SELECT COUNT(*) FROM agency WHERE id = " + id + " AND legal_name = 'Correctable Agency'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"legalName\": \"Broken",
            "{\"legalName\": \"Broken\",}",
            "not json at all",
            "[1, 2, 3]",
            "{\"legalName\": \"Typed\", \"registrationNumber\": \"R-1\", \"country\": \"FR\", \"sectors\": \"0111\"}",
            "{\"legalName\": \"Typed\", \"registrationNumber\": {\"a\": 1}, \"country\": \"FR\"}"})
    void malformedJsonIs400WithoutInternals(String body) {
        Rows before = rows();

        Api.Response r = api.postRaw("/api/agencies", officer, body);

        assertProblem(400, r);
        assertFalse(r.raw().contains("Exception"), r::toString);
        assertFalse(r.raw().contains("org."), r::toString);
        assertFalse(r.raw().contains("io.micronaut"), r::toString);
        assertFalse(r.raw().contains("com.fasterxml"), r::toString);
        assertFalse(r.raw().contains("\tat "), r::toString);
        assertEquals(before, rows());
    }

    @Test
    void anUnknownLicenceNumberIs404ForAnOfficer() {
        Api.Response r = api.get("/api/licences/CC-1999-999999", officer);

        assertProblem(404, r);
    }

    @Test
    void anUnknownLicenceNumberIs404ForPublicVerification() {
        Api.Response r = api.get("/api/public/licences/CC-1999-999999", null);

        assertProblem(404, r);
        assertTrue(r.text("detail").contains("CC-1999-999999"), r::toString);
    }

    @Test
    void movingAnUnknownLicenceIs404() {
        Rows before = rows();

        Api.Response r = register.move("CC-1999-999999", "approve");

        assertProblem(404, r);
        assertEquals(before, rows());
    }

    @Test
    void aMoveFromATerminalStateIs409NamingNoTransition() {
        String number = register.activeLicence();
        register.move(number, "revoke");
        Rows before = rows();

        Api.Response r = register.move(number, "reinstate");

        assertProblem(409, r);
        assertTrue(r.text("detail").contains("REVOKED"), r::toString);
        assertFalse(r.body().get("allowedTransitions") != null && r.body().get("allowedTransitions").size() > 0, r::toString);
        assertEquals(before, rows());
        assertEquals("REVOKED", api.get("/api/licences/" + number, officer).text("status"));
    }

    @Test
    void anUnknownStatusFilterIs400NamingStatus() {
        Api.Response r = api.get("/api/agencies?status=VALID", officer);

        assertBadField("status", r);
        assertTrue(r.text("detail").contains("ACTIVE"), "the accepted values are listed: " + r);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201, 1000})
    void aPageSizeOutsideOneTo200Is400NamingSize(int size) {
        assertBadField("size", api.get("/api/agencies?size=" + size, officer));
    }

    @Test
    void aNegativePageIs400NamingPage() {
        assertBadField("page", api.get("/api/agencies?page=-1", officer));
    }

    @Test
    void aNonNumericPageSizeIs400() {
        Api.Response r = api.get("/api/agencies?size=lots", officer);

        assertProblem(400, r);
        assertFalse(r.raw().contains("Exception"), r::toString);
    }

    @Test
    void aSectorThatIsNoIsicCodeIs400NamingIt() {
        Rows before = rows();
        Map<String, Object> body = new HashMap<>(RegisterFixture.agencyBody("Unknown Sector Agency", "FR"));
        body.put("sectors", java.util.List.of("0111", "9999"));

        Api.Response r = api.post("/api/agencies", officer, body);

        assertBadField("sectors[1]", r);
        assertEquals(before, rows());
    }
}
