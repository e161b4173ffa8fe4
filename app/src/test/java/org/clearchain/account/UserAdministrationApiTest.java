package org.clearchain.account;

import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.clearchain.testing.Problems.assertBadField;
import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Users after their creation: disabled and enabled by the admin (a disabled user's tokens count for nothing), their own
 * password changed by themselves, a forgotten one reset with a one-time code; each with a reason kept in history.
 */
class UserAdministrationApiTest extends ApiTest {

    private static final String PASSWORD = "first-password-of-the-user";

    private String admin;
    private AdminFixture platform;
    private long employer;

    @BeforeAll
    void logIn() {
        admin = api.login("admin");
        platform = new AdminFixture(api, admin);
        employer = platform.organisationNamed("Employer A (demo)");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long user(String username) {
        return platform.user(username, PASSWORD, "AUDITOR", employer);
    }

    private int login(String username, String password) {
        return api.post("/login", null, Map.of("username", username, "password", password)).status();
    }

    @Test
    void aDisabledUserCannotLogInAndItsTokensAreRefused() {
        long id = user("leaving.auditor");
        String token = api.login("leaving.auditor", PASSWORD);
        assertEquals(200, api.get("/api/suppliers", token).status());

        Api.Response disabled = api.post("/api/users/" + id + "/disable", admin, Map.of("reason", "Left the company"));

        assertEquals(200, disabled.status(), disabled::toString);
        assertProblem(401, api.get("/api/suppliers", token));
        assertEquals(401, login("leaving.auditor", PASSWORD));
        assertEquals(200, api.post("/api/users/" + id + "/enable", admin, Map.of("reason", "Rehired")).status());
        assertEquals(200, login("leaving.auditor", PASSWORD));
        Api.Response history = api.get("/api/users/" + id + "/history", admin);
        assertEquals(2, history.body().size(), history::toString);
        assertTrue(history.raw().contains("Left the company") && history.raw().contains("Rehired"), history::toString);
    }

    @Test
    void onlyTheAdminDisablesAndNotItself() {
        long id = user("guarded.auditor");
        assertEquals(403, api.post("/api/users/" + id + "/disable", api.login("auditor.a"), Map.of("reason", "x")).status());
        long adminId = count("SELECT id FROM app_user WHERE username = 'admin'");
        assertProblem(409, api.post("/api/users/" + adminId + "/disable", admin, Map.of("reason", "oops")));
        assertBadField("reason", api.post("/api/users/" + id + "/disable", admin, Map.of()));
    }

    @Test
    void aUserChangesTheirOwnPasswordAndTheOldTokensStopCounting() {
        user("changing.auditor");
        String token = api.login("changing.auditor", PASSWORD);
        long issuedBy = Instant.now().getEpochSecond();
        assertBadField("currentPassword", api.post("/api/me/password", token,
                Map.of("currentPassword", "not-my-password", "newPassword", "second-password-of-the-user")));
        // tokens carry whole seconds: the change must fall in a later second than the token's issue
        await().pollInterval(Duration.ofMillis(50)).until(() -> Instant.now().getEpochSecond() > issuedBy);

        Api.Response changed = api.post("/api/me/password", token,
                Map.of("currentPassword", PASSWORD, "newPassword", "second-password-of-the-user"));

        assertEquals(204, changed.status(), changed::toString);
        assertEquals(401, login("changing.auditor", PASSWORD));
        String fresh = api.login("changing.auditor", "second-password-of-the-user");
        assertEquals(200, api.get("/api/suppliers", fresh).status());
        assertProblem(401, api.get("/api/suppliers", token));
    }

    @Test
    void aResetCodeSetsANewPasswordOnceBeforeItExpires() {
        long id = user("forgetful.auditor");
        Api.Response issued = api.post("/api/users/" + id + "/password-reset", admin, Map.of("reason", "Forgot it; checked by phone"));
        assertEquals(201, issued.status(), issued::toString);
        String code = issued.text("code");

        Api.Response redeemed = api.post("/api/public/password-resets/redeem", null,
                Map.of("code", code, "password", "remembered-this-time"));

        assertEquals(200, redeemed.status(), redeemed::toString);
        assertEquals(200, login("forgetful.auditor", "remembered-this-time"));
        assertEquals(401, login("forgetful.auditor", PASSWORD));
        assertProblem(409, api.post("/api/public/password-resets/redeem", null, Map.of("code", code, "password", "another-new-password")));
        assertProblem(404, api.post("/api/public/password-resets/redeem", null,
                Map.of("code", "PWD-AAAAA-BBBBB-CCCCC-DDDDD", "password", "another-new-password")));
        assertEquals(0, count("SELECT COUNT(*) FROM password_reset WHERE code_hash LIKE '%" + code + "%'"));
    }

    @Test
    void anExpiredResetCodeSaysSo() {
        long id = user("slow.auditor");
        String code = api.post("/api/users/" + id + "/password-reset", admin, Map.of("reason", "Forgot it")).text("code");
        clock.advance(Duration.ofDays(3));

        Api.Response expired = api.post("/api/public/password-resets/redeem", null, Map.of("code", code, "password", "too-late-password"));

        assertProblem(410, expired);
        assertTrue(expired.text("detail").contains("expired on"), expired::toString);
        assertEquals(200, login("slow.auditor", PASSWORD));
    }
}
