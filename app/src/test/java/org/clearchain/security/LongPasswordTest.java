package org.clearchain.security;

import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clearchain.testing.Problems.assertBadField;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** BCrypt reads 72 bytes: a longer password is refused at 'password', at login and for a new user, never a 500. */
class LongPasswordTest extends ApiTest {

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedAtLogin() {
        Api.Response r = api.post("/login", null, Map.of("username", "admin", "password", "demo-admin" + "x".repeat(100)));

        assertBadField("password", r);
    }

    @Test
    void aMegabytePasswordIsRefusedAtLogin() {
        assertBadField("password", api.post("/login", null, Map.of("username", "admin", "password", "p".repeat(1 << 20))));
    }

    @Test
    void aNewUsersPasswordOfFewLettersButManyBytesIsRefusedAtPassword() {
        String admin = api.login("admin");
        long employer = new AdminFixture(api, admin).organisationNamed("Employer A (demo)");
        long users = count("SELECT COUNT(*) FROM app_user");

        Api.Response r = api.post("/api/users", admin, Map.of("username", "long.bytes", "password", "ĉ".repeat(40),
                "role", "AUDITOR", "organisationId", employer));

        assertBadField("password", r);
        assertEquals(users, count("SELECT COUNT(*) FROM app_user"));
    }
}
