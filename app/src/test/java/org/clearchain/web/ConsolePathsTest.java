package org.clearchain.web;

import org.clearchain.security.ApiPaths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The console's paths are told from the API's by one list ({@link ApiPaths}); the CSRF filter's pattern, built from
 * the same constants, must say the same as the list on every path.
 */
class ConsolePathsTest {

    @ParameterizedTest(name = "{0} is a page: {1}")
    @CsvSource({
            "/, true",
            "/sign-in, true",
            "/officer/feeds/agency-register/uploads, true",
            "/verify/CC-2026-000001, true",
            "/register, true",
            "/apis, true",
            "/login/again, true",
            "/loginx, true",
            "/healthy, true",
            "/assetsx, true",
            "/api/, false",
            "/api/agencies, false",
            "/api/public/complaints, false",
            "/login, false",
            "/swagger/clearchain-1.0.yml, false",
            "/swagger-ui/index.html, false",
            "/health, false",
            "/health/liveness, false",
            "/metrics, false",
            "/metrics/jvm.memory.used, false",
            "/webjars/htmx.org/2.0.4/dist/htmx.min.js, false",
            "/assets/console.css, false",
    })
    void theFiltersPatternAndTheListAgree(String path, boolean page) {
        assertEquals(page, ConsolePaths.isPage(path), "the list");
        assertEquals(page, Pattern.matches(ConsolePaths.PAGES_PATTERN, path), "the pattern " + ConsolePaths.PAGES_PATTERN);
    }
}
