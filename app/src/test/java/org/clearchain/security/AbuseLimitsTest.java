package org.clearchain.security;

import org.clearchain.securitysuite.SecuritySuitePart;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Abuse limits (issue #13): failed logins per username and per client address, anonymous complaints, tracking-code
 * look-ups and register verification per client address. Small limits here; each test speaks from an address of its
 * own through the trusted X-Forwarded-For header, so the tests do not share buckets.
 */
@SecuritySuitePart("limits")
class AbuseLimitsTest extends ApiTest {

    private RegisterFixture register;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.ofEntries(
                Map.entry("clearchain.limits.client-address-header", "X-Forwarded-For"),
                Map.entry("clearchain.limits.login-failures-per-account.capacity", "3"),
                Map.entry("clearchain.limits.login-failures-per-account.period", "15m"),
                Map.entry("clearchain.limits.login-failures-per-address.capacity", "5"),
                Map.entry("clearchain.limits.login-failures-per-address.period", "15m"),
                Map.entry("clearchain.limits.complaints-per-address.capacity", "2"),
                Map.entry("clearchain.limits.complaints-per-address.period", "1h"),
                Map.entry("clearchain.limits.complaint-lookups-per-address.capacity", "3"),
                Map.entry("clearchain.limits.complaint-lookups-per-address.period", "1h"),
                Map.entry("clearchain.limits.verifications-per-address.capacity", "4"),
                Map.entry("clearchain.limits.verifications-per-address.period", "1m"));
    }

    @BeforeAll
    void fixtures() {
        register = new RegisterFixture(api, api.login("licensing"));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void failedLoginsBeyondTheAccountLimitAre429WithRetryAfter() {
        failLogins("licensing", "198.51.100.1", 3);

        Api.Response r = login("licensing", "demo-licensinG", "198.51.100.1");

        assertProblem(429, r);
        long retryAfter = Long.parseLong(r.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertTrue(r.text("detail").contains("this username") && r.text("detail").contains("Try again in"), r::toString);
    }

    @Test
    void theRightPasswordDuringALockoutDoesNotLogIn() {
        failLogins("inspector", "198.51.100.2", 3);

        Api.Response r = login("inspector", "demo-inspector", "198.51.100.2");

        assertProblem(429, r);
        assertFalse(r.raw().contains("access_token"), r::toString);
    }

    @Test
    void aLockedAccountIsLockedFromEveryAddress() {
        failLogins("auditor.b", "198.51.100.3", 3);

        Api.Response r = login("auditor.b", "demo-auditor.b", "203.0.113.3");

        assertProblem(429, r);
    }

    @Test
    void theLockoutExpires() {
        failLogins("auditor.a", "198.51.100.4", 3);
        long retryAfter = Long.parseLong(login("auditor.a", "demo-auditor.a", "198.51.100.4").header("Retry-After"));

        clock.advance(Duration.ofSeconds(retryAfter));

        Api.Response r = login("auditor.a", "demo-auditor.a", "198.51.100.4");
        assertEquals(200, r.status(), r::toString);
        assertNotNull(r.text("access_token"));
    }

    @Test
    void successfulLoginsSpendNothingOfTheFailureBudget() {
        for (int i = 0; i < 6; i++) {
            assertEquals(200, login("supplier.a", "demo-supplier.a", "198.51.100.5").status());
        }

        failLogins("supplier.a", "198.51.100.5", 2);

        assertEquals(200, login("supplier.a", "demo-supplier.a", "198.51.100.5").status());
    }

    @Test
    void failedLoginsFromOneAddressAreLimitedAcrossUsernames() {
        for (int i = 1; i <= 5; i++) {
            assertProblem(401, login("nobody." + i, "whatever-password", "198.51.100.6"));
        }

        Api.Response r = login("nobody.6", "whatever-password", "198.51.100.6");

        assertProblem(429, r);
        assertTrue(r.text("detail").contains("network address"), r::toString);
        assertProblem(401, login("nobody.6", "whatever-password", "203.0.113.6"));
    }

    @Test
    void aLockoutSetOnOneInstanceHoldsOnAnotherSharingTheDatabase() {
        failLogins("admin", "198.51.100.7", 3);

        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(getProperties()), "test")) {
            Api otherApi = new Api(URI.create(other.getURL() + "/"), json);
            Api.Response r = otherApi.callWithHeaders("POST", "/login", Map.of("X-Forwarded-For", "203.0.113.7"),
                    Map.of("username", "admin", "password", "demo-admin"));

            assertProblem(429, r);
        }
    }

    @Test
    void bucketsAreKeptInTheDatabaseWithoutUsernameOrAddressInClear() {
        failLogins("visible.name", "198.51.100.8", 1);

        assertEquals(1, count("SELECT COUNT(*) FROM rate_limit_bucket WHERE id = 'login-failures-per-account:"
                + sha256("visible.name") + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM rate_limit_bucket WHERE id LIKE '%visible.name%' OR id LIKE '%198.51.100.8%'"));
    }

    @Test
    void bucketsThatHaveRefilledAreDeleted() {
        long now = System.currentTimeMillis();
        failLogins("refilled.name", "198.51.100.9", 1);
        String id = "login-failures-per-account:" + sha256("refilled.name");
        long expiresAt = count("SELECT expires_at FROM rate_limit_bucket WHERE id = '" + id + "'");
        assertTrue(expiresAt > now && expiresAt <= System.currentTimeMillis() + Duration.ofMinutes(15).toMillis(),
                "the row may go once the bucket is full again, within the 15 minutes: " + (expiresAt - now) + " ms");

        // Bucket4j deletes by the system clock, not the application's: the row is aged instead of the clock moved
        execute("UPDATE rate_limit_bucket SET expires_at = expires_at - " + Duration.ofMinutes(16).toMillis()
                + " WHERE id = '" + id + "'");
        server.getApplicationContext().getBean(ExpiredBucketCleanup.class).removeExpired();

        assertEquals(0, count("SELECT COUNT(*) FROM rate_limit_bucket WHERE id = '" + id + "'"));
    }

    @Test
    void complaintsBeyondTheAddressLimitAre429AndNotStored() {
        long agency = register.agency("Much Complained About Agency");
        long before = count("SELECT COUNT(*) FROM complaint");

        assertEquals(201, complain(agency, "198.51.100.10").status());
        assertEquals(201, complain(agency, "198.51.100.10").status());
        Api.Response third = complain(agency, "198.51.100.10");

        assertProblem(429, third);
        assertNotNull(third.header("Retry-After"), third::toString);
        assertEquals(before + 2, count("SELECT COUNT(*) FROM complaint"), "nothing stored beyond the limit");
        assertEquals(201, complain(agency, "203.0.113.10").status(), "another address is not held back");
    }

    @Test
    void trackingCodeLookUpsBeyondTheAddressLimitAre429() {
        for (int i = 0; i < 3; i++) {
            assertProblem(404, anonymous("GET", "/api/public/complaints/NO-SUCH-CODE-" + i, "198.51.100.11"));
        }

        Api.Response r = anonymous("GET", "/api/public/complaints/NO-SUCH-CODE-3", "198.51.100.11");

        assertProblem(429, r);
        assertTrue(r.text("detail").contains("tracking codes"), r::toString);
    }

    @Test
    void licenceVerificationsBeyondTheAddressLimitAre429() {
        for (int i = 0; i < 4; i++) {
            assertProblem(404, anonymous("GET", "/api/public/licences/CC-2000-00000" + i, "198.51.100.12"));
        }

        assertProblem(429, anonymous("GET", "/api/public/licences/CC-2000-000009", "198.51.100.12"));
        assertProblem(404, anonymous("GET", "/api/public/licences/CC-2000-000009", "203.0.113.12"));
    }

    @Test
    void registerSearchesAndLicenceVerificationsShareOneLimit() {
        anonymous("GET", "/api/public/licences/CC-2000-000001", "198.51.100.13");
        anonymous("GET", "/api/public/licences/CC-2000-000002", "198.51.100.13");
        assertEquals(200, anonymous("GET", "/api/public/agencies?q=agence", "198.51.100.13").status());
        assertEquals(200, anonymous("GET", "/api/public/agencies?q=agence", "198.51.100.13").status());

        assertProblem(429, anonymous("GET", "/api/public/agencies?q=agence", "198.51.100.13"));
    }

    @Test
    void onlyTheLastForwardedForEntryCountsAsTheClientAddress() {
        // the entries before the last are the client's own word, and change at will
        for (int i = 0; i < 4; i++) {
            anonymous("GET", "/api/public/licences/CC-2000-000001", "10.0.0." + i + ", 198.51.100.14");
        }

        assertProblem(429, anonymous("GET", "/api/public/licences/CC-2000-000001", "10.0.0.99, 198.51.100.14"));
    }

    @Test
    void ipv6ClientsCountByTheirSlash64Network() {
        for (int i = 1; i <= 4; i++) {
            anonymous("GET", "/api/public/licences/CC-2000-000001", "2001:db8:15:15::" + i);
        }

        assertProblem(429, anonymous("GET", "/api/public/licences/CC-2000-000001", "2001:db8:15:15:ffff::5"));
        assertNotEquals(429, anonymous("GET", "/api/public/licences/CC-2000-000001", "2001:db8:15:16::1").status());
    }

    private void failLogins(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertProblem(401, login(username, "not-the-password-" + i, address));
        }
    }

    private Api.Response login(String username, String password, String address) {
        return api.callWithHeaders("POST", "/login", Map.of("X-Forwarded-For", address),
                Map.of("username", username, "password", password));
    }

    private Api.Response complain(long agency, String address) {
        return api.callWithHeaders("POST", "/api/public/complaints", Map.of("X-Forwarded-For", address),
                Map.of("agencyId", agency, "category", "RECRUITMENT_FEES", "description", "Charged a fee for the job"));
    }

    private Api.Response anonymous(String method, String path, String address) {
        return api.callWithHeaders(method, path, Map.of("X-Forwarded-For", address), null);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
