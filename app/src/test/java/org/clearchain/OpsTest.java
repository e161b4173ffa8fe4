package org.clearchain;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an operator relies on: health that tells strangers nothing else, admin-only metrics, the API description. */
class OpsTest extends ApiTest {

    @Test
    void anonymousHealthSaysUpAndNothingElse() {
        Api.Response r = api.get("/health", null);

        assertEquals(200, r.status(), r::toString);
        assertEquals("UP", r.text("status"), r::toString);
        assertEquals(null, r.text("details"), r::toString);
        assertFalse(r.raw().contains("jdbc"), "no database URL or server version: " + r);
    }

    @Test
    void metricsAreForTheAdminOnly() {
        assertProblem(401, api.get("/metrics", null));
        assertProblem(403, api.get("/metrics", api.login("inspector")));

        Api.Response admin = api.get("/metrics", api.login("admin"));
        assertEquals(200, admin.status(), admin::toString);
        assertTrue(admin.body().get("names").values().iterator().hasNext(), admin::toString);
    }

    @Test
    void theOpenApiDocumentDescribesPublicVerification() {
        Api.Response r = api.getText("/swagger/clearchain-0.1.yml", "*/*");

        assertEquals(200, r.status(), r::toString);
        assertTrue(r.raw().startsWith("openapi:"), r.raw().substring(0, Math.min(200, r.raw().length())));
        assertTrue(r.raw().contains("/api/public/licences/{number}:"), "the document lists public verification");
    }

    @Test
    void theSwaggerUiIsServed() {
        Api.Response r = api.getText("/swagger-ui/index.html", "text/html");

        assertEquals(200, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.raw().contains("clearchain-0.1.yml"), "the UI loads our document");
    }

    /** Unmatched routes are not secured (micronaut.security.reject-not-found=false): they answer 404, not 401. */
    @Test
    void anUnknownPathAnonymouslyIs404AsProblem() {
        Api.Response r = api.get("/api/no-such-thing", null);

        assertProblem(404, r);
        assertEquals("/api/no-such-thing", r.text("instance"));
    }

    @Test
    void aKnownPathAnonymouslyIs401AsProblem() {
        Api.Response r = api.get("/api/organisations", null);

        assertProblem(401, r);
        assertTrue(r.text("detail").contains("/login"), "the detail says how to log in: " + r);
    }

    @Test
    void anUnknownPathWhenLoggedInIs404AsProblem() {
        Api.Response r = api.get("/api/no-such-thing", api.login("admin"));

        assertProblem(404, r);
        assertFalse(r.raw().contains("Exception"), r::toString);
    }
}
