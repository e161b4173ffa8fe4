package org.clearchain.declaration;

import io.micronaut.core.type.Argument;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Declaration requests and declarations through the API, against the real database. */
class DeclarationApiTest extends ApiTest {

    private String auditorA;
    private String auditorB;
    private String supplierUser;
    private long supplierOrganisation;
    private RegisterFixture register;

    @BeforeAll
    void setUp() {
        auditorA = api.login("auditor.a");
        auditorB = api.login("auditor.b");
        supplierUser = api.login("supplier.a");
        register = new RegisterFixture(api, api.login("licensing"));
        supplierOrganisation = new AdminFixture(api, api.login("admin")).organisationNamed("Supplier A (demo)");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theQuestionnaireIsServedAsJsonSchemaWithFrenchTitles() {
        Api.Response list = api.get("/api/questionnaires", supplierUser);
        Api.Response schema = api.get("/api/questionnaires/1", supplierUser);

        assertEquals(1, list.body().get(0).get("version").getIntValue());
        assertTrue(schema.contentType().startsWith("application/schema+json"), schema.contentType());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.text("$schema"));
        assertTrue(schema.raw().contains("Frais de recrutement"), "French labels");
    }

    @Test
    void aSupplierAnswersARequestAndTheBuyerSeesTheDeclarationWithItsLicenceCheck() {
        long supplier = supplierOfAuditorA("Answering Supplier");
        String licence = register.activeLicence();
        long request = request(auditorA, supplier, LocalDate.now().plusDays(30));

        Api.Response submitted = api.post("/api/declaration-requests/" + request + "/declaration", supplierUser,
                submission(answersNaming(licence, "CC-1999-000404")));

        assertEquals(201, submitted.status(), submitted::toString);
        var checks = submitted.body().get("licenceChecks");
        assertEquals(2, checks.size());
        assertEquals("VALID", checks.get(0).get("atSubmission").getStringValue());
        assertEquals("NOT_FOUND", checks.get(1).get("atSubmission").getStringValue());
        Api.Response seen = api.get("/api/suppliers/" + supplier + "/declarations", auditorA);
        assertEquals(1, seen.body().size());
        assertEquals("ANSWERED", api.get("/api/declaration-requests/" + request, auditorA).text("status"));
    }

    @Test
    void aLicenceSuspendedAfterSubmissionKeepsItsRecordedVerdictAndShowsTodaysStanding() {
        long supplier = supplierOfAuditorA("Later Suspension Supplier");
        String licence = register.activeLicence();
        long request = request(auditorA, supplier, LocalDate.now().plusDays(30));
        api.post("/api/declaration-requests/" + request + "/declaration", supplierUser, submission(answersNaming(licence)));

        register.move(licence, "suspend");

        var check = api.get("/api/suppliers/" + supplier + "/declarations", auditorA).body().get(0).get("licenceChecks").get(0);
        assertEquals("VALID", check.get("atSubmission").getStringValue(), "the stored verdict is not rewritten");
        assertEquals("SUSPENDED", check.get("today").getStringValue());
    }

    @Test
    void answersFailingTheSchemaAreRejectedWithEveryFailingField() {
        long supplier = supplierOfAuditorA("Invalid Answers Supplier");
        long request = request(auditorA, supplier, LocalDate.now().plusDays(30));
        Map<String, Object> answers = example();
        ((Map<String, Object>) answers.get("wages")).put("paidOnTime", "sometimes");
        ((Map<String, Object>) answers.get("hours")).put("maxWeeklyHoursWithOvertime", 200);
        answers.remove("grievance");

        Api.Response r = api.post("/api/declaration-requests/" + request + "/declaration", supplierUser, submission(answers));

        assertEquals(400, r.status(), r::toString);
        List<String> fields = new ArrayList<>();
        r.body().get("errors").values().forEach(e -> fields.add(e.get("field").getStringValue()));
        assertTrue(fields.contains("answers.wages.paidOnTime"), fields.toString());
        assertTrue(fields.contains("answers.hours.maxWeeklyHoursWithOvertime"), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.equals("answers")) && r.text("detail").contains("grievance"), r.toString());
        assertEquals(0, count("SELECT COUNT(*) FROM declaration WHERE request_id = " + request), "nothing half-saved");
        assertEquals("OPEN", api.get("/api/declaration-requests/" + request, auditorA).text("status"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneRefusalListsTheAttestationAndTheAnswersTogether() {
        long supplier = supplierOfAuditorA("Two Rounds Supplier");
        long request = request(auditorA, supplier, LocalDate.now().plusDays(30));
        Map<String, Object> answers = example();
        ((Map<String, Object>) answers.get("wages")).put("paidOnTime", "sometimes");
        ((Map<String, Object>) answers.get("hours")).put("maxWeeklyHoursWithOvertime", 200);
        Map<String, Object> attestation = new HashMap<>(Map.of("name", "", "role", "HR manager"));

        Api.Response r = api.post("/api/declaration-requests/" + request + "/declaration", supplierUser,
                Map.of("answers", answers, "attestation", attestation));

        assertEquals(400, r.status(), r::toString);
        List<String> fields = new ArrayList<>();
        r.body().get("errors").values().forEach(e -> fields.add(e.get("field").getStringValue()));
        assertEquals(List.of("attestation.date", "attestation.name", "answers.hours.maxWeeklyHoursWithOvertime",
                "answers.wages.paidOnTime"), fields, r.toString());
        assertTrue(r.text("detail").contains("attestation.date: is required"), r.toString());
        assertEquals(0, count("SELECT COUNT(*) FROM declaration WHERE request_id = " + request), "nothing half-saved");
    }

    @Test
    void aNewDeclarationSupersedesTheOldOneWithoutOverwritingIt() {
        long supplier = supplierOfAuditorA("Superseding Supplier");
        long first = request(auditorA, supplier, LocalDate.now().plusDays(30));
        api.post("/api/declaration-requests/" + first + "/declaration", supplierUser, submission(example()));
        long second = request(auditorA, supplier, LocalDate.now().plusDays(60));
        Map<String, Object> changed = example();
        ((Map<String, Object>) changed.get("recruitmentFees")).put("employerPaysPolicy", false);

        api.post("/api/declaration-requests/" + second + "/declaration", supplierUser, submission(changed));

        Api.Response all = api.get("/api/suppliers/" + supplier + "/declarations", auditorA);
        assertEquals(2, all.body().size());
        assertTrue(all.body().get(0).get("current").getBooleanValue());
        assertFalse(all.body().get(1).get("current").getBooleanValue());
        assertEquals(all.body().get(0).get("id").getLongValue(), all.body().get(1).get("supersededBy").getLongValue());
        assertTrue(all.body().get(1).get("answers").get("recruitmentFees").get("employerPaysPolicy").getBooleanValue(),
                "the superseded answers are kept as submitted");
    }

    @Test
    void aRequestIsAnsweredOnlyOnce() {
        long supplier = supplierOfAuditorA("Answer Once Supplier");
        long request = request(auditorA, supplier, LocalDate.now().plusDays(30));
        api.post("/api/declaration-requests/" + request + "/declaration", supplierUser, submission(example()));

        Api.Response again = api.post("/api/declaration-requests/" + request + "/declaration", supplierUser, submission(example()));

        assertEquals(409, again.status(), again::toString);
    }

    @Test
    void overdueRequestsAreListedAndShownOnTheSupplierList() {
        long supplier = supplierOfAuditorA("Overdue Supplier");
        long request = request(auditorA, supplier, LocalDate.now().plusDays(3));

        clock.advance(Duration.ofDays(5));

        Api.Response overdue = api.get("/api/declaration-requests?overdue=true", auditorA);
        List<Long> ids = new ArrayList<>();
        overdue.body().get("items").values().forEach(i -> ids.add(i.get("id").getLongValue()));
        assertTrue(ids.contains(request), overdue.toString());
        var item = api.get("/api/suppliers?q=overdue%20supplier", auditorA).body().get("items").get(0);
        assertEquals("OVERDUE", item.get("declarationStatus").getStringValue());
        assertEquals(1, api.get("/api/suppliers?declarationStatus=OVERDUE&q=overdue%20supplier", auditorA).number("totalItems"));
    }

    @Test
    void twoBuyersSharingASupplierDoNotSeeEachOthersDeclarations() {
        long supplier = supplierOfAuditorA("Shared Supplier");
        shareWithAuditorB("Shared Supplier");
        long requestA = request(auditorA, supplier, LocalDate.now().plusDays(30));
        api.post("/api/declaration-requests/" + requestA + "/declaration", supplierUser, submission(example()));

        Api.Response seenByB = api.get("/api/suppliers/" + supplier + "/declarations", auditorB);

        assertEquals(200, seenByB.status());
        assertEquals(0, seenByB.body().size());
        assertEquals(404, api.get("/api/declaration-requests/" + requestA, auditorB).status());
        assertEquals(1, api.get("/api/suppliers/" + supplier + "/declarations", auditorA).body().size());
    }

    @Test
    void aSupplierUserCannotAnswerForAnotherSupplier() {
        Api.Response other = api.post("/api/suppliers", auditorA, Map.of("name", "Someone Else's Factory", "country", "VN"));
        long supplier = other.body().get("supplier").get("id").getLongValue();
        long request = request(auditorA, supplier, LocalDate.now().plusDays(30));

        Api.Response r = api.post("/api/declaration-requests/" + request + "/declaration", supplierUser, submission(example()));

        assertEquals(404, r.status(), r::toString);
    }

    @Test
    void anUnknownQuestionnaireVersionIsABadRequest() {
        long supplier = supplierOfAuditorA("Unknown Version Supplier");

        Api.Response r = api.post("/api/suppliers/" + supplier + "/declaration-requests", auditorA,
                Map.of("questionnaireVersion", 99, "dueDate", LocalDate.now().plusDays(5).toString()));

        assertEquals(400, r.status());
        assertEquals("questionnaireVersion", r.body().get("errors").get(0).get("field").getStringValue());
    }

    /** Employer B asks for the supplier by name and the supplier's organisation accepts. */
    private void shareWithAuditorB(String name) {
        Api.Response asked = api.post("/api/link-requests", auditorB, Map.of("name", name, "country", "RO"));
        assertEquals(201, asked.status(), asked::toString);
        Api.Response accepted = api.post("/api/link-requests/" + asked.number("id") + "/accept", supplierUser, Map.of());
        assertEquals(200, accepted.status(), accepted::toString);
    }

    private long supplierOfAuditorA(String name) {
        Api.Response r = api.post("/api/suppliers", auditorA, Map.of("name", name, "country", "RO",
                "sectors", List.of("1410")));
        assertEquals(201, r.status(), r::toString);
        long id = r.body().get("supplier").get("id").getLongValue();
        org.clearchain.testing.Onboarding.join(api, api.login("admin"), id, supplierOrganisation);
        return id;
    }

    private long request(String auditor, long supplier, LocalDate due) {
        Api.Response r = api.post("/api/suppliers/" + supplier + "/declaration-requests", auditor, Map.of("dueDate", due.toString()));
        assertEquals(201, r.status(), r::toString);
        return r.number("id");
    }

    private static Map<String, Object> submission(Map<String, Object> answers) {
        return Map.of("answers", answers,
                "attestation", Map.of("name", "Ana Popescu", "role", "HR manager", "date", LocalDate.now().toString()));
    }

    private Map<String, Object> answersNaming(String... licenceNumbers) {
        Map<String, Object> answers = example();
        List<Map<String, Object>> list = new ArrayList<>();
        for (String number : licenceNumbers) {
            list.add(Map.of("name", "Agency " + number, "country", "FR", "licenceNumber", number));
        }
        answers.put("agencies", Map.of("used", true, "forMigrantWorkers", true, "list", list));
        return answers;
    }

    /** The example answers shipped beside the schema, as a mutable map. */
    private Map<String, Object> example() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("json/questionnaire/v1.example.json")) {
            Map<String, Object> parsed = json.readValue(in.readAllBytes(), Argument.mapOf(String.class, Object.class));
            return deepCopy(parsed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>();
        map.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
        return copy;
    }
}
