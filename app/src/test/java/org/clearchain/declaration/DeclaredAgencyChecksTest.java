package org.clearchain.declaration;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.Onboarding;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: every declared agency is checked — by licence number, else by name and country against the register and
 * the unlicensed-recruiter records — and one whose licence is not found or not valid counts in the supplier's score.
 */
class DeclaredAgencyChecksTest extends ApiTest {

    private String auditor;
    private String supplierUser;
    private long supplierOrganisation;
    private RegisterFixture register;

    @BeforeAll
    void setUp() {
        auditor = api.login("auditor.a");
        supplierUser = api.login("supplier.a");
        register = new RegisterFixture(api, api.login("licensing"));
        supplierOrganisation = new AdminFixture(api, api.login("admin")).organisationNamed("Supplier A (demo)");
    }

    @Test
    void anAgencyDeclaredWithoutANumberIsFoundInTheRegisterByNameAndCountry() {
        long agency = register.agency("Déclarée Sans Numéro SARL");
        register.activeLicenceFor(agency);

        JsonNode check = declare(supplier("Name Checked Supplier"), agency("declaree sans numero sarl", "FR", null))
                .get("licenceChecks").get(0);

        assertEquals("NAME_AND_COUNTRY", check.get("checkedBy").getStringValue());
        assertEquals(agency, check.get("agencyId").getLongValue());
        assertEquals("VALID", check.get("atSubmission").getStringValue());
        assertEquals("VALID", check.get("today").getStringValue());
    }

    @Test
    void aNameTheRegisterDoesNotHoldIsGatheredAsAnUnlicensedRecruiter() {
        JsonNode check = declare(supplier("Recruiter Declaring Supplier"), agency("Kathmandu Job Bridge", "NP", null))
                .get("licenceChecks").get(0);

        assertEquals("UNREGISTERED", check.get("atSubmission").getStringValue());
        long recruiter = check.get("recruiterId").getLongValue();
        Api.Response record = api.get("/api/recruiters/" + recruiter, api.login("licensing"));
        assertEquals("Kathmandu Job Bridge", record.text("name"));
        assertEquals(1, record.number("declarations"));
    }

    @Test
    void aDeclaredLicenceNumberNotInTheRegisterCountsInTheSuppliersScore() {
        long clean = supplier("Declares A Valid Licence");
        long doubtful = supplier("Declares A Missing Licence");
        String valid = register.activeLicence();
        declare(clean, agency("Valid Agency", "FR", valid));
        declare(doubtful, agency("Mekong Labour Supply", "VN", "CC-2026-999999"));

        Api.Response risk = risk(doubtful);

        assertEquals(0.0, risk(clean).body().get("agencies").getDoubleValue(), 1e-9);
        // 80 (no licence) / 100 × 25 × exposure 0.6 (share unknown) × 0.5^(0 / 12) = 12
        assertEquals(12.0, risk.body().get("agencies").getDoubleValue(), 1e-6, risk::toString);
        assertTrue(risk.raw().contains("declared with licence CC-2026-999999, not in the register"), risk::toString);
    }

    @Test
    void aRevokedLicenceDeclaredByNumberCountsAsRevoked() {
        long supplier = supplier("Declares A Revoked Licence");
        String revoked = register.activeLicence();
        register.move(revoked, "revoke");
        declare(supplier, agency("Revoked Declared Agency", "FR", revoked));

        Api.Response risk = risk(supplier);

        assertEquals(12.0, risk.body().get("agencies").getDoubleValue(), 1e-6, risk::toString);
        assertTrue(risk.raw().contains("licence REVOKED"), risk::toString);
    }

    private Api.Response risk(long supplier) {
        Api.Response r = api.get("/api/suppliers/" + supplier + "/risk", auditor);
        assertEquals(200, r.status(), r::toString);
        return r;
    }

    private static Map<String, Object> agency(String name, String country, String licenceNumber) {
        Map<String, Object> agency = new HashMap<>(Map.of("name", name, "country", country));
        if (licenceNumber != null) {
            agency.put("licenceNumber", licenceNumber);
        }
        return agency;
    }

    private JsonNode declare(long supplier, Map<String, Object> agency) {
        Api.Response request = api.post("/api/suppliers/" + supplier + "/declaration-requests", auditor,
                Map.of("dueDate", LocalDate.now(clock).plusDays(30).toString()));
        assertEquals(201, request.status(), request::toString);
        Map<String, Object> answers = example();
        answers.put("agencies", Map.of("used", true, "forMigrantWorkers", true, "list", List.of(agency)));
        Api.Response submitted = api.post("/api/declaration-requests/" + request.number("id") + "/declaration", supplierUser,
                Map.of("answers", answers, "attestation", Map.of("name", "Ana Popescu", "role", "HR manager",
                        "date", LocalDate.now(clock).toString())));
        assertEquals(201, submitted.status(), submitted::toString);
        return submitted.body();
    }

    private long supplier(String name) {
        Api.Response r = api.post("/api/suppliers", auditor, Map.of("name", name, "country", "RO",
                "sectors", List.of("1410"), "allowDuplicate", true));
        assertEquals(201, r.status(), r::toString);
        long id = r.body().get("supplier").get("id").getLongValue();
        Onboarding.join(api, api.login("admin"), id, supplierOrganisation);
        return id;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> example() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("json/questionnaire/v1.example.json")) {
            Map<String, Object> parsed = json.readValue(in.readAllBytes(), Argument.mapOf(String.class, Object.class));
            Map<String, Object> copy = new HashMap<>();
            parsed.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? new HashMap<>((Map<String, Object>) m) : v));
            return copy;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
