package org.clearchain.audit;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The append-only, hash-chained audit log, through the API against the real database. The two tamper tests
 * break the chain for good, so they run last, deletion first: an altered entry earlier in the chain is still
 * the first break that verification meets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainTest extends ApiTest {

    private String admin;
    private String officer;
    private RegisterFixture register;

    @BeforeAll
    void logIn() {
        admin = api.login("admin");
        officer = api.login("licensing");
        register = new RegisterFixture(api, officer);
    }

    @Test
    void registeringAnAgencyRecordsWhoDidWhatToWhichEntity() {
        long id = register.agency("Audited Recruitment Ltd");

        JsonNode entry = latestEntryFor("agency", String.valueOf(id));

        assertEquals("licensing", entry.get("actor").getStringValue());
        assertEquals("agency.register", entry.get("action").getStringValue());
        assertEquals("agency", entry.get("entityType").getStringValue());
        assertEquals(String.valueOf(id), entry.get("entityId").getStringValue());
        assertTrue(isAbsent(entry.get("beforeSummary")), "nothing existed before: " + entry);
        assertTrue(entry.get("afterSummary").getStringValue().contains("Audited Recruitment Ltd"), entry::toString);
    }

    @Test
    void correctingAnAgencyRecordsItBeforeAndAfter() {
        long id = register.agency("Misspeled Agency");

        Api.Response corrected = api.put("/api/agencies/" + id, officer, RegisterFixture.correctionBody("Misspelled Agency", "FR",
                "typo in the name"));
        assertEquals(200, corrected.status(), corrected::toString);

        JsonNode entry = latestEntryFor("agency", String.valueOf(id));
        assertEquals("agency.correct", entry.get("action").getStringValue());
        assertTrue(entry.get("beforeSummary").getStringValue().contains("Misspeled Agency"), entry::toString);
        assertTrue(entry.get("afterSummary").getStringValue().contains("Misspelled Agency"), entry::toString);
    }

    @Test
    void aLicenceMoveRecordsTheStatusBeforeAndAfter() {
        String number = register.pendingLicence();

        register.move(number, "approve");

        JsonNode entry = latestEntryFor("licence", number);
        assertEquals("licence.approve", entry.get("action").getStringValue());
        assertEquals("licensing", entry.get("actor").getStringValue());
        assertTrue(entry.get("beforeSummary").getStringValue().contains("\"PENDING\""), entry::toString);
        assertTrue(entry.get("afterSummary").getStringValue().contains("\"ACTIVE\""), entry::toString);
    }

    @Test
    void theLogListsNewestFirst() {
        register.agency("Newest Agency");

        Api.Response page = api.get("/api/audit?size=50", admin);

        assertEquals(200, page.status(), page::toString);
        long previous = Long.MAX_VALUE;
        for (JsonNode entry : page.body().get("items").values()) {
            long id = entry.get("id").getLongValue();
            assertTrue(id < previous, "id " + id + " listed after " + previous);
            previous = id;
        }
        assertEquals(count("SELECT MAX(id) FROM audit_entry"), page.body().get("items").get(0).get("id").getLongValue());
    }

    @Test
    void verifyFindsAnUntouchedLogValid() {
        register.activeLicence();

        Api.Response verified = api.get("/api/audit/verify", admin);

        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.body().get("valid").getBooleanValue(), verified::toString);
        assertEquals(count("SELECT COUNT(*) FROM audit_entry"), verified.number("entries"));
        assertTrue(isAbsent(verified.body().get("firstBroken")), verified::toString);
    }

    @Test
    void aRefusedTransitionAppendsNothing() {
        String number = register.pendingLicence();
        long entries = count("SELECT COUNT(*) FROM audit_entry");
        long newest = count("SELECT MAX(id) FROM audit_entry");

        Api.Response refused = register.move(number, "suspend");

        assertProblem(409, refused);
        assertEquals(entries, count("SELECT COUNT(*) FROM audit_entry"));
        assertEquals(newest, count("SELECT MAX(id) FROM audit_entry"));
    }

    @Test
    void anInvalidRequestAppendsNothing() {
        long entries = count("SELECT COUNT(*) FROM audit_entry");

        Api.Response refused = api.post("/api/agencies", officer, RegisterFixture.agencyBody("", "FR"));

        assertProblem(400, refused);
        assertEquals(entries, count("SELECT COUNT(*) FROM audit_entry"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"licensing", "inspector", "auditor.a", "supplier.a"})
    void onlyTheAdminMayReadTheLog(String user) {
        String token = api.login(user);

        assertProblem(403, api.get("/api/audit", token));
        assertProblem(403, api.get("/api/audit/verify", token));
    }

    @Test
    void anonymousCannotReadTheLog() {
        assertProblem(401, api.get("/api/audit", null));
        assertProblem(401, api.get("/api/audit/verify", null));
    }

    @Test
    @Order(Order.DEFAULT + 1)
    void deletingTheLastEntryIsDetected() {
        register.agency("Last Written Agency");
        // verifying seals it: the entry just written is the chain's last
        assertTrue(api.get("/api/audit/verify", admin).body().get("valid").getBooleanValue());
        long last = count("SELECT MAX(seq) FROM audit_entry");
        assertEquals(count("SELECT MAX(id) FROM audit_entry"), count("SELECT id FROM audit_entry WHERE seq = " + last));

        execute("DELETE FROM audit_entry WHERE seq = " + last);

        Api.Response verified = api.get("/api/audit/verify", admin);
        assertFalse(verified.body().get("valid").getBooleanValue(), verified::toString);
        assertEquals(last, verified.body().get("firstBroken").get("seq").getLongValue(), verified::toString);
        assertTrue(verified.body().get("firstBroken").get("reason").getStringValue().contains("removed"), verified::toString);
    }

    @Test
    @Order(Order.DEFAULT + 2)
    void alteringAnEntryMakesVerifyNameIt() {
        // the first entry naming a "Labour" organisation of the demo data (the reference editions loaded at first start
        // come before it), sealed long since
        long altered = count("SELECT MIN(seq) FROM audit_entry WHERE after_summary COLLATE utf8mb4_bin LIKE '%Labour%'");

        execute("UPDATE audit_entry SET after_summary = REPLACE(after_summary, 'Labour', 'Labor') WHERE seq = " + altered);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE seq = " + altered + " AND after_summary LIKE '%Labor%'"),
                "the tamper must have changed the row");

        Api.Response verified = api.get("/api/audit/verify", admin);
        assertEquals(200, verified.status(), verified::toString);
        assertFalse(verified.body().get("valid").getBooleanValue(), verified::toString);
        assertEquals(altered, verified.body().get("firstBroken").get("seq").getLongValue(), verified::toString);
        assertEquals(altered - 1, verified.number("entries"), "entries before the break were checked");
    }

    private JsonNode latestEntryFor(String entityType, String entityId) {
        Api.Response r = api.get("/api/audit?entityType=" + entityType + "&entityId=" + entityId, admin);
        assertEquals(200, r.status(), r::toString);
        JsonNode items = r.body().get("items");
        assertTrue(items.size() > 0, () -> "no audit entry for " + entityType + " " + entityId);
        return items.get(0);
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }
}
