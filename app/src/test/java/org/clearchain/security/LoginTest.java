package org.clearchain.security;

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
    }

    @Test
    void aWrongPasswordIs401() {
        Api.Response r = api.post("/login", null, Map.of("username", "licensing", "password", "demo-licensinG"));

        assertProblem(401, r);
        assertFalse(r.raw().contains("access_token"), r::toString);
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
}
