package org.clearchain.risk;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: an agency revoked for debt bondage that re-applies no longer looks Low. */
class RevocationMemoryApiTest extends ApiTest {

    private String officer;
    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        officer = api.login("licensing");
        register = new RegisterFixture(api, officer);
    }

    @Test
    void aRevokedAgencyThatReappliesKeepsTheRevocationInItsRisk() {
        long agency = register.agency("Revoked Then Reapplying Crew Agency");
        String revoked = register.activeLicenceFor(agency);
        register.move(revoked, "revoke", Map.of("reason", "debt bondage substantiated"));
        register.pendingLicence(agency, LocalDate.now(clock), LocalDate.now(clock).plusYears(2));

        Api.Response r = api.get("/api/agencies/" + agency + "/risk", officer);

        assertEquals(200, r.status(), r::toString);
        assertEquals(80.0, r.body().get("score").getNumberValue().doubleValue(), 1e-9, r::toString);
        assertEquals("CRITICAL", r.text("band"));
        JsonNode memory = null;
        for (JsonNode c : r.body().get("contributions").values()) {
            if ("A.revocation-memory".equals(c.get("rule").getStringValue())) {
                memory = c;
            }
        }
        assertTrue(memory != null, "the revocation is remembered: " + r);
        assertTrue(memory.get("factor").getStringValue().contains("revoked on " + LocalDate.now(clock)), r::toString);
    }
}
