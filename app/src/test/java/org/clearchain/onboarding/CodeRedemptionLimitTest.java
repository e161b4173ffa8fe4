package org.clearchain.onboarding;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Codes cannot be guessed by trying them: redemptions from one address are limited like other anonymous calls. */
class CodeRedemptionLimitTest extends ApiTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.limits.code-redemptions-per-address.capacity", "3");
    }

    @Test
    void aFourthTryWithinTheHourIsRefusedWithRetryAfter() {
        Map<String, Object> guess = Map.of("code", "INV-AAAAA-BBBBB-CCCCC-DDDDD", "username", "guesser",
                "password", "a-long-enough-password");
        for (int i = 0; i < 3; i++) {
            assertEquals(404, api.post("/api/public/invitations/redeem", null, guess).status());
        }

        Api.Response refused = api.post("/api/public/password-resets/redeem", null,
                Map.of("code", "PWD-AAAAA-BBBBB-CCCCC-DDDDD", "password", "a-long-enough-password"));

        assertProblem(429, refused);
        assertNotNull(refused.header("Retry-After"));
    }
}
