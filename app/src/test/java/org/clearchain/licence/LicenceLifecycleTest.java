package org.clearchain.licence;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every move of DESIGN.md's licence lifecycle, allowed and refused, through the API against the real database. */
class LicenceLifecycleTest extends ApiTest {

    private static final List<String> OFFICER_ACTIONS = List.of("approve", "reject", "suspend", "reinstate", "revoke", "surrender", "renew");

    /** The lifecycle as DESIGN.md draws it; everything not listed must be refused. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("PENDING approve", "ACTIVE"),
            Map.entry("PENDING reject", "REJECTED"),
            Map.entry("ACTIVE suspend", "SUSPENDED"),
            Map.entry("ACTIVE revoke", "REVOKED"),
            Map.entry("ACTIVE surrender", "SURRENDERED"),
            Map.entry("ACTIVE renew", "ACTIVE"),
            Map.entry("SUSPENDED reinstate", "ACTIVE"),
            Map.entry("SUSPENDED revoke", "REVOKED"),
            Map.entry("EXPIRED renew", "ACTIVE"));

    private RegisterFixture register;
    private String officer;

    @BeforeAll
    void logIn() {
        officer = api.login("licensing");
        register = new RegisterFixture(api, officer);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (String state : List.of("PENDING", "ACTIVE", "SUSPENDED", "REJECTED", "REVOKED", "SURRENDERED", "EXPIRED")) {
            for (String action : OFFICER_ACTIONS) {
                cases.add(Arguments.of(state, action));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndAction")
    void eachMoveIsAllowedExactlyAsTheLifecycleSays(String state, String action) {
        String number = licenceIn(state);
        long eventsBefore = events(number);

        Api.Response r = register.move(number, action, Map.of("reason", "because", "validUntil", LocalDate.now().plusYears(5).toString()));

        String expected = ALLOWED.get(state + " " + action);
        if (expected != null) {
            assertEquals(200, r.status(), r::toString);
            assertEquals(expected, r.text("status"));
            assertEquals(eventsBefore + 1, events(number), "one event per move");
        } else {
            assertEquals(409, r.status(), r::toString);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertTrue(r.text("detail").contains(state), r.text("detail"));
            List<String> allowedNow = ALLOWED.keySet().stream().filter(k -> k.startsWith(state + " "))
                    .map(k -> k.substring(state.length() + 1)).sorted().toList();
            List<String> named = new ArrayList<>();
            if (r.body().get("allowedTransitions") != null) {
                r.body().get("allowedTransitions").values().forEach(v -> named.add(v.getStringValue().split(" ")[0]));
            }
            assertEquals(allowedNow, named.stream().sorted().toList(), "the 409 names the allowed transitions");
            assertEquals(eventsBefore, events(number), "a refused move changes nothing");
            assertEquals(state, api.get("/api/licences/" + number, officer).text("status"));
        }
    }

    @Test
    void suspendingNeedsAReason() {
        String number = register.activeLicence();

        Api.Response r = register.move(number, "suspend", Map.of());

        assertEquals(400, r.status(), r::toString);
        assertEquals("reason", r.body().get("errors").get(0).get("field").getStringValue());
        assertEquals("ACTIVE", api.get("/api/licences/" + number, officer).text("status"));
    }

    @Test
    void renewingNeedsANewEndDateAfterTheCurrentOne() {
        String number = register.activeLicence();

        Api.Response r = register.move(number, "renew", Map.of("validUntil", LocalDate.now().plusDays(3).toString()));

        assertEquals(400, r.status(), r::toString);
        assertTrue(r.text("detail").startsWith("validUntil"), r.text("detail"));
    }

    @Test
    void anUnknownActionIsABadRequestNamingTheActions() {
        String number = register.pendingLicence();

        Api.Response r = register.move(number, "expire");

        assertEquals(400, r.status(), r::toString);
        assertTrue(r.text("detail").contains("approve"), r.text("detail"));
    }

    @Test
    void everyMoveIsRecordedAsAnEventWithActorAndReason() {
        String number = register.activeLicence();
        register.move(number, "suspend", Map.of("reason", "fees charged to workers"));

        Api.Response events = api.get("/api/licences/" + number + "/events", officer);

        assertEquals(3, events.body().size());
        assertEquals("APPLY", events.body().get(0).get("action").getStringValue());
        assertEquals("SUSPEND", events.body().get(2).get("action").getStringValue());
        assertEquals("ACTIVE", events.body().get(2).get("fromStatus").getStringValue());
        assertEquals("SUSPENDED", events.body().get(2).get("toStatus").getStringValue());
        assertEquals("licensing", events.body().get(2).get("actor").getStringValue());
        assertEquals("fees charged to workers", events.body().get(2).get("reason").getStringValue());
    }

    @Test
    void publicVerificationAnswersByTheDateBeforeTheExpiryJobRan() {
        String number = register.pendingLicence(register.agency("Short Licence Agency"), LocalDate.now().minusMonths(11), LocalDate.now().plusDays(10));
        register.move(number, "approve");
        assertTrue(api.get("/api/public/licences/" + number, null).body().get("validToday").getBooleanValue());

        clock.advance(Duration.ofDays(11));

        Api.Response verified = api.get("/api/public/licences/" + number, null);
        assertEquals("EXPIRED", verified.text("status"));
        assertFalse(verified.body().get("validToday").getBooleanValue());
        assertEquals(0, count("SELECT COUNT(*) FROM licence_event e JOIN licence l ON l.id = e.licence_id WHERE l.number = '"
                + number + "' AND e.action = 'EXPIRE'"), "the job has not run yet");
    }

    @Test
    void theExpiryJobRecordsExpiryAsTheSystem() {
        String number = register.pendingLicence(register.agency("Expiring Agency"), LocalDate.now().minusMonths(11), LocalDate.now().plusDays(10));
        register.move(number, "approve");
        clock.advance(Duration.ofDays(11));

        int expired = server.getApplicationContext().getBean(LicenceExpiryJob.class).expireDue();

        assertTrue(expired >= 1);
        assertEquals(1, count("SELECT COUNT(*) FROM licence WHERE status = 'EXPIRED' AND number = '" + number + "'"),
                "the register itself now says EXPIRED");
        Api.Response events = api.get("/api/licences/" + number + "/events", officer);
        var last = events.body().get(events.body().size() - 1);
        assertEquals("EXPIRE", last.get("action").getStringValue());
        assertEquals("system", last.get("actor").getStringValue());
    }

    @Test
    void anExpiredLicenceCanBeRenewedWithANewPeriod() {
        String number = register.pendingLicence(register.agency("Renewing Agency"), LocalDate.now().minusMonths(11), LocalDate.now().plusDays(10));
        register.move(number, "approve");
        clock.advance(Duration.ofDays(11));
        LocalDate newEnd = LocalDate.now().plusYears(3);

        Api.Response r = register.move(number, "renew", Map.of("validUntil", newEnd.toString()));

        assertEquals(200, r.status(), r::toString);
        assertEquals("ACTIVE", r.text("status"));
        assertEquals(newEnd.toString(), r.text("validUntil"));
        assertEquals(LocalDate.now().plusDays(11).toString(), r.text("validFrom"), "the new period starts on renewal");
        assertTrue(api.get("/api/public/licences/" + number, null).body().get("validToday").getBooleanValue());
    }

    private String licenceIn(String state) {
        return switch (state) {
            case "PENDING" -> register.pendingLicence();
            case "ACTIVE" -> register.activeLicence();
            case "SUSPENDED" -> moved(register.activeLicence(), "suspend");
            case "REJECTED" -> moved(register.pendingLicence(), "reject");
            case "REVOKED" -> moved(register.activeLicence(), "revoke");
            case "SURRENDERED" -> moved(register.activeLicence(), "surrender");
            case "EXPIRED" -> expiredLicence();
            default -> throw new IllegalArgumentException(state);
        };
    }

    private String moved(String number, String action) {
        Api.Response r = register.move(number, action);
        assertEquals(200, r.status(), r::toString);
        return number;
    }

    /** Approved with an end date already past: the register records it as EXPIRED at once. */
    private String expiredLicence() {
        String number = register.pendingLicence(register.agency("Lapsed Agency"), LocalDate.now().minusYears(2), LocalDate.now().plusDays(1));
        moved(number, "approve");
        execute("UPDATE licence SET valid_until = '" + LocalDate.now().minusDays(1) + "' WHERE number = '" + number + "'");
        server.getApplicationContext().getBean(LicenceExpiryJob.class).expireDue();
        assertEquals(1, count("SELECT COUNT(*) FROM licence WHERE status = 'EXPIRED' AND number = '" + number + "'"));
        return number;
    }

    private long events(String number) {
        return count("SELECT COUNT(*) FROM licence_event e JOIN licence l ON l.id = e.licence_id WHERE l.number = '" + number + "'");
    }
}
