package org.clearchain.common;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.clearchain.testing.Problems.assertBadField;
import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request body is read as declared: whole numbers for ids and counts, text for text, dates as dates, and no
 * control or text-direction characters in any text. What is refused is a 400 naming the field, in words, never a
 * Java type; nothing is stored.
 */
class RequestInputTest extends ApiTest {

    private String officer;
    private String inspector;
    private long agency;
    private long site;

    @BeforeAll
    void arrange() {
        officer = api.login("licensing");
        inspector = api.login("inspector");
        agency = new RegisterFixture(api, officer).agency("Input Rules Agency");
        String auditor = api.login("auditor.a");
        long supplier = api.post("/api/suppliers", auditor, Map.of("name", "Input Rules Farm", "country", "ES",
                "allowDuplicate", true)).body().get("supplier").get("id").getLongValue();
        site = api.post("/api/suppliers/" + supplier + "/sites", auditor, Map.of("name", "Field", "country", "ES")).number("id");
    }

    private Api.Response complaint(String agencyIdJson, String descriptionJson) {
        return api.postRaw("/api/complaints", officer, "{\"agencyId\": " + agencyIdJson
                + ", \"category\": \"WAGE_THEFT\", \"description\": " + descriptionJson + "}");
    }

    private long complaints() {
        return count("SELECT COUNT(*) FROM complaint");
    }

    @Test
    void aFractionalAgencyIdIsRefusedNotRoundedDown() {
        long before = complaints();

        Api.Response r = complaint(agency + ".5", "\"Wages withheld\"");

        assertBadField("agencyId", r);
        assertTrue(r.text("detail").contains("whole number"), r::toString);
        assertEquals(before, complaints());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "true", "{}", "[1]", "1e0", "99999999999999999999"})
    void anIdThatIsNoWholeNumberIsRefused(String id) {
        long before = complaints();

        assertBadField("agencyId", complaint(id, "\"Wages withheld\""));
        assertEquals(before, complaints());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "true", "{\"text\": \"x\"}", "[\"x\"]"})
    void textMustBeText(String description) {
        assertBadField("description", complaint(String.valueOf(agency), description));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u202E", "\\u2066", "\\u001B", "\\u0007", "\\u007F", "\\u0085", "\\uD800"})
    void controlAndTextDirectionCharactersAreRefusedAtTheField(String escaped) {
        long before = complaints();

        Api.Response r = complaint(String.valueOf(agency), "\"Wages " + escaped + "withheld\"");

        assertBadField("description", r);
        assertEquals(before, complaints());
    }

    @Test
    void tabsAndLineBreaksAreKeptInFreeText() {
        Api.Response r = complaint(String.valueOf(agency), "\"Wages withheld:\\n\\tMarch\\r\\n\\tApril\"");

        assertEquals(201, r.status(), r::toString);
        assertEquals("Wages withheld:\n\tMarch\r\n\tApril", r.text("description"));
    }

    @Test
    void aNulInsideAListOfTextIsRefusedAtItsIndex() {
        Map<String, Object> body = new java.util.HashMap<>(RegisterFixture.agencyBody("Listed Sectors Agency", "FR"));
        body.put("corridors", List.of(Map.of("origin", "NP", "destination", "FR"), Map.of("origin", "N\u0000P", "destination", "FR")));

        assertBadField("corridors[1].origin", api.post("/api/agencies", officer, body));
    }

    @Test
    void aReferralServiceGivenAsTextIsRefusedPointingToTheDirectoryAndNamesNoJavaType() {
        long inspection = api.post("/api/inspections", inspector, Map.of("siteId", site, "visitDate", LocalDate.now().toString(),
                "type", "ROUTINE", "announced", false)).body().get("inspection").get("id").getLongValue();

        Api.Response r = api.post("/api/inspections/" + inspection + "/referrals", inspector, Map.of(
                "people", Map.of("women", Map.of("under18", 0, "from18to24", 1, "from25", 0),
                        "men", Map.of("under18", 0, "from18to24", 0, "from25", 0)),
                "nationality", "NP", "service", "HOTEL", "referredOn", LocalDate.now().toString()));

        assertBadField("service", r);
        assertTrue(r.raw().contains("serviceId") && r.raw().contains("/api/assistance-services"), r::toString);
        assertFalse(r.raw().contains("org.clearchain") || r.raw().contains("AssistanceService"), r::toString);
    }

    @Test
    void aFractionalHeadcountIsRefusedWithItsPath() {
        Api.Response r = api.postRaw("/api/inspections", inspector, "{\"siteId\": " + site + ", \"visitDate\": \""
                + LocalDate.now() + "\", \"type\": \"ROUTINE\", \"announced\": false, \"workersPresent\": {\"women\":"
                + " {\"under18\": 0, \"from18to24\": 2.5, \"from25\": 0}, \"men\": {\"under18\": 0, \"from18to24\": 0, \"from25\": 0}}}");

        assertBadField("workersPresent.women.from18to24", r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "\"01/12/2026\"", "\"2026-02-30\"", "[2026, 12, 1]"})
    void aVisitDateMustBeADate(String date) {
        Api.Response r = api.postRaw("/api/inspections", inspector, "{\"siteId\": " + site + ", \"visitDate\": " + date
                + ", \"type\": \"ROUTINE\", \"announced\": false}");

        assertBadField("visitDate", r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "1", "\"false\""})
    void aFlagMustBeTrueOrFalse(String flag) {
        Api.Response r = api.postRaw("/api/inspections", inspector, "{\"siteId\": " + site + ", \"visitDate\": \""
                + LocalDate.now() + "\", \"type\": \"ROUTINE\", \"announced\": " + flag + "}");

        assertBadField("announced", r);
    }

    @Test
    void aBodyNestedTooDeeplyIsRefused() {
        Api.Response r = complaint(String.valueOf(agency), "[".repeat(10_000));

        assertBadField("body", r);
        assertTrue(r.text("detail").contains("nest"), r::toString);
    }

    @Test
    void aMissingBodyIsRequired() {
        assertBadField("body", api.postRaw("/api/complaints", officer, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "abc", "99999999999999999999"})
    void aPathIdMustBeAWholeNumber(String id) {
        Api.Response r = api.get("/api/agencies/" + id, officer);

        assertBadField("id", r);
        assertFalse(r.raw().contains("For input string"), r::toString);
    }

    @Test
    void aQueryNumberMustBeAWholeNumber() {
        assertBadField("size", api.get("/api/agencies?size=2.5", officer));
    }

    @Test
    void aBodyThatIsNoJsonSaysWhereItBreaks() {
        Api.Response r = api.postRaw("/api/complaints", officer, "{\"agencyId\": 1,");

        assertProblem(400, r);
        assertTrue(r.text("detail").contains("line 1"), r::toString);
    }

    @Test
    void aYearThatIsNoNumberIsAnsweredWithAnExample() {
        Api.Response r = api.get("/api/reports/due-diligence.pdf?year=abc", api.login("auditor.a"));

        assertBadField("year", r);
        assertEquals("year: must be a whole number, e.g. " + java.time.Year.now(java.time.ZoneOffset.UTC).getValue(),
                r.text("detail"), r::toString);
    }

    @Test
    void aBodyOfAnotherMediaTypeIsToldWhichOneToSend() {
        Api.Response r = api.request("POST", "/api/complaints", officer, "application/json", "text/plain",
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertProblem(415, r);
        assertTrue(r.text("detail").contains("Content-Type: application/json"), r::toString);
        assertFalse(r.text("detail").contains("["), r::toString);
    }

    @Test
    void anAgencyUseWithANameButNoCountryNamesAgencyCountry() {
        String auditor = api.login("auditor.a");
        long supplier = api.post("/api/suppliers", auditor, Map.of("name", "Country Missing Farm", "country", "ES",
                "allowDuplicate", true)).body().get("supplier").get("id").getLongValue();

        Api.Response r = api.post("/api/suppliers/" + supplier + "/agency-uses", auditor,
                Map.of("agencyName", "Recruiter Without Country", "workforceShare", 10));

        assertBadField("agencyCountry", r);
        assertTrue(r.text("detail").contains("two-letter"), r::toString);
    }
}
