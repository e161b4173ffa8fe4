package org.clearchain.security;

import org.clearchain.securitysuite.SecuritySuitePart;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clearchain.testing.Problems.assertBadField;
import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in, and the accounts the admin makes: passwords kept only as BCrypt hashes. */
@SecuritySuitePart("logins")
class LoginTest extends ApiTest {

    private String admin;
    private AdminFixture accounts;
    private long authority;

    @BeforeAll
    void logIn() {
        admin = api.login("admin");
        accounts = new AdminFixture(api, admin);
        authority = accounts.organisationNamed("National Labour Licensing Authority");
    }

    @Test
    void correctCredentialsGiveAnAccessTokenThatOpensTheApi() {
        Api.Response r = api.post("/login", null, Map.of("username", "licensing", "password", "demo-licensing"));

        assertEquals(200, r.status(), r::toString);
        String token = r.text("access_token");
        assertTrue(token != null && token.split("\\.").length == 3, "a JWT: " + token);
        assertEquals(200, api.get("/api/agencies", token).status());
        assertEquals(8 * 3600, r.body().get("expires_in").getIntValue(), "8 hours, as the README and docs/security.md say");
    }

    @Test
    void aWrongPasswordIs401SayingSo() {
        Api.Response r = api.post("/login", null, Map.of("username", "licensing", "password", "demo-licensinG"));

        assertProblem(401, r);
        assertFalse(r.raw().contains("access_token"), r::toString);
        assertTrue(r.text("detail").startsWith("Wrong username or password."), r::toString);
        assertFalse(r.text("detail").contains("Log in first"), r::toString);
    }

    @Test
    void anUnknownUserIs401() {
        Api.Response r = api.post("/login", null, Map.of("username", "nobody.here", "password", "whatever-password"));

        assertProblem(401, r);
        assertFalse(r.raw().contains("access_token"), r::toString);
    }

    @Test
    void anUnknownUserAndAWrongPasswordAnswerAlike() {
        Api.Response unknown = api.post("/login", null, Map.of("username", "nobody.here", "password", "whatever-password"));
        Api.Response wrong = api.post("/login", null, Map.of("username", "licensing", "password", "whatever-password"));

        assertEquals(wrong.status(), unknown.status());
        assertEquals(wrong.text("detail"), unknown.text("detail"), "the answer must not tell which usernames exist");
    }

    @Test
    void aForgedTokenIs401() {
        String token = api.login("admin");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertProblem(401, api.get("/api/audit", forged));
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        accounts.user("hash.check", "plain-text-secret-42", "LICENSING_OFFICER", authority);

        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE password_hash NOT LIKE '$2%'"));
        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE password_hash LIKE '%plain-text-secret-42%'"
                + " OR password_hash = CONCAT('demo-', username)"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE after_summary LIKE '%plain-text-secret-42%'"
                + " OR after_summary LIKE '%$2%'"), "neither the password nor its hash goes into the audit log");
    }

    @Test
    void aUserCreatedByTheAdminCanLogIn() {
        accounts.user("new.officer", "new-officer-password", "LICENSING_OFFICER", authority);

        Api.Response r = api.post("/login", null, Map.of("username", "new.officer", "password", "new-officer-password"));

        assertEquals(200, r.status(), r::toString);
        assertEquals(200, api.get("/api/agencies", r.text("access_token")).status());
    }

    @Test
    void aTakenUsernameIs409() {
        long users = count("SELECT COUNT(*) FROM app_user");

        Api.Response r = api.post("/api/users", admin,
                Map.of("username", "licensing", "password", "another-password", "role", "LICENSING_OFFICER", "organisationId", authority));

        assertProblem(409, r);
        assertEquals(users, count("SELECT COUNT(*) FROM app_user"));
        assertEquals(200, api.post("/login", null, Map.of("username", "licensing", "password", "demo-licensing")).status(),
                "the existing user keeps their password");
    }

    @Test
    void aRoleTheOrganisationKindDoesNotAdmitIs400NamingRole() {
        long users = count("SELECT COUNT(*) FROM app_user");

        Api.Response r = api.post("/api/users", admin,
                Map.of("username", "misplaced.inspector", "password", "inspector-password", "role", "INSPECTOR", "organisationId", authority));

        assertBadField("role", r);
        assertEquals(users, count("SELECT COUNT(*) FROM app_user"));
    }

    @Test
    void aPasswordShorterThanTenCharactersIs400NamingPassword() {
        Api.Response r = api.post("/api/users", admin,
                Map.of("username", "short.password", "password", "short", "role", "LICENSING_OFFICER", "organisationId", authority));

        assertBadField("password", r);
        assertFalse(r.raw().contains("\"short\""), "the password is not echoed: " + r);
        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE username = 'short.password'"));
    }

    @Test
    void onlyTheAdminCreatesUsers() {
        Api.Response r = api.post("/api/users", api.login("licensing"),
                Map.of("username", "self.made", "password", "self-made-password", "role", "LICENSING_OFFICER", "organisationId", authority));

        assertProblem(403, r);
        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE username = 'self.made'"));
    }

    @Test
    void aUsernameLogsInWhateverItsCaseAndSurroundingSpaces() {
        assertEquals(200, api.post("/login", null, Map.of("username", "ADMIN", "password", "demo-admin")).status());
        assertEquals(200, api.post("/login", null, Map.of("username", "admin   ", "password", "demo-admin")).status());
        assertEquals(200, api.post("/login", null, Map.of("username", "  Admin", "password", "demo-admin")).status());
    }

    @Test
    void anAccentedLookalikeOfAUsernameIsAnotherName() {
        Api.Response r = api.post("/login", null, Map.of("username", "\u00e1dmin", "password", "demo-admin"));

        assertProblem(401, r);
        assertFalse(r.raw().contains("access_token"), r::toString);
    }

    @Test
    void aUsernameWithAControlCharacterIs400NamingUsername() {
        Api.Response r = api.post("/login", null, Map.of("username", "admin\u0000", "password", "demo-admin"));

        assertBadField("username", r);
        assertFalse(r.raw().contains("access_token"), r::toString);
    }

    @Test
    void aPasswordLongerThan72BytesIs400AtLoginSayingTheLimit() {
        Api.Response r = api.post("/login", null, Map.of("username", "admin", "password", "a".repeat(73)));

        assertBadField("password", r);
        assertTrue(r.text("detail").contains("72 bytes"), r::toString);
        assertFalse(r.raw().contains("a".repeat(73)), "the password is not echoed: " + r);
    }

    @Test
    void aPasswordLongerThan72BytesIs400AtUserCreationSayingTheLimit() {
        Api.Response ascii = api.post("/api/users", admin,
                Map.of("username", "long.ascii", "password", "a".repeat(73), "role", "LICENSING_OFFICER", "organisationId", authority));
        // 37 characters, 74 bytes: short enough by characters, too long for BCrypt
        Api.Response accented = api.post("/api/users", admin,
                Map.of("username", "long.accented", "password", "\u00e9".repeat(37), "role", "LICENSING_OFFICER", "organisationId", authority));

        assertBadField("password", ascii);
        assertBadField("password", accented);
        assertTrue(accented.text("detail").contains("72 bytes"), accented::toString);
        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE username LIKE 'long.%'"));
    }

    @Test
    void aPasswordOfExactly72BytesIsTakenAndLogsIn() {
        String password = "\u00e9".repeat(36);
        accounts.user("full.length", password, "LICENSING_OFFICER", authority);

        assertEquals(200, api.post("/login", null, Map.of("username", "full.length", "password", password)).status());
    }

    @Test
    void aNewUsernameIsStoredNormalisedAndLogsInSoSpelt() {
        Api.Response created = api.post("/api/users", admin,
                Map.of("username", "  Mixed.Case ", "password", "mixed-case-password", "role", "LICENSING_OFFICER", "organisationId", authority));

        assertEquals(201, created.status(), created::toString);
        assertEquals("mixed.case", created.text("username"));
        assertEquals(200, api.post("/login", null, Map.of("username", "MIXED.case", "password", "mixed-case-password")).status());
    }

    @Test
    void aUsernameDifferingOnlyInCaseIsTaken() {
        Api.Response r = api.post("/api/users", admin,
                Map.of("username", "LICENSING", "password", "another-password", "role", "LICENSING_OFFICER", "organisationId", authority));

        assertProblem(409, r);
    }

    @Test
    void httpBasicCredentialsAreNotAccepted() {
        String basic = java.util.Base64.getEncoder().encodeToString("admin:demo-admin".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Api.Response r = api.callWithHeaders("GET", "/api/users", Map.of("Authorization", "Basic " + basic), null);

        assertProblem(401, r);
    }

    @Test
    void loginAnswersAreNeverCached() {
        Api.Response success = api.post("/login", null, Map.of("username", "licensing", "password", "demo-licensing"));
        Api.Response failure = api.post("/login", null, Map.of("username", "licensing", "password", "demo-licensinG"));
        Api.Response invalid = api.post("/login", null, Map.of("username", "licensing"));

        assertEquals("no-store", success.header("Cache-Control"), success::toString);
        assertEquals("no-store", failure.header("Cache-Control"), failure::toString);
        assertEquals("no-store", invalid.header("Cache-Control"), invalid::toString);
    }

    @Test
    void answersToAuthenticatedRequestsAreNeverCached() {
        Api.Response list = api.get("/api/agencies", admin);
        Api.Response forbidden = api.get("/api/users", api.login("licensing"));
        Api.Response forged = api.get("/api/users", admin.substring(0, admin.length() - 4) + "AAAA");

        assertEquals(200, list.status(), list::toString);
        assertEquals("no-store", list.header("Cache-Control"), list::toString);
        assertEquals("no-store", forbidden.header("Cache-Control"), forbidden::toString);
        assertEquals("no-store", forged.header("Cache-Control"), forged::toString);
    }
}
