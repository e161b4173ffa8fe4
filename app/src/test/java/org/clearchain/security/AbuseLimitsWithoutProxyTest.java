package org.clearchain.security;

import org.clearchain.securitysuite.SecuritySuitePart;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clearchain.testing.Problems.assertProblem;

/** With no client-address header configured (the default), a client cannot pick its own address by sending one. */
@SecuritySuitePart("limits")
class AbuseLimitsWithoutProxyTest extends ApiTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.limits.verifications-per-address.capacity", "2");
    }

    @Test
    void anXForwardedForHeaderIsIgnoredUnlessConfigured() {
        verifyFrom("198.51.100.21");
        verifyFrom("198.51.100.22");

        assertProblem(429, verifyFrom("198.51.100.23"));
    }

    private Api.Response verifyFrom(String claimedAddress) {
        return api.callWithHeaders("GET", "/api/public/licences/CC-2000-000001", Map.of("X-Forwarded-For", claimedAddress), null);
    }
}
