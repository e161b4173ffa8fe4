package org.clearchain.security;

import org.clearchain.securitysuite.SecuritySuitePart;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The benchmark's switch that leaves out the per-address limits and the no-store header (RequestGuardsOn) does
 * nothing unless the bench endpoints are on too: set by mistake in a deployment, it weakens nothing.
 */
@SecuritySuitePart("limits")
class BenchSwitchAloneTest extends ApiTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.bench.without-request-guards", "true",
                "clearchain.limits.verifications-per-address.capacity", "2");
    }

    @Test
    void verificationsAreStillLimitedPerAddress() {
        verify();
        verify();

        assertProblem(429, verify());
    }

    @Test
    void answersToCredentialedRequestsAreStillNeverCached() {
        Api.Response list = api.get("/api/agencies", api.login("admin"));

        assertEquals(200, list.status(), list::toString);
        assertEquals("no-store", list.header("Cache-Control"), list::toString);
    }

    private Api.Response verify() {
        return api.callWithHeaders("GET", "/api/public/licences/CC-2000-000001", Map.of(), null);
    }
}
