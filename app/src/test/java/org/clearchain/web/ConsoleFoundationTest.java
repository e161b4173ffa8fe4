package org.clearchain.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's foundation over plain HTTP: languages, sessions, form tokens, error pages. */
class ConsoleFoundationTest extends ApiTest {

    private Console console() {
        return new Console(URI.create(server.getURL().toString() + "/"));
    }

    @Test
    void theFrontPageSpeaksTheBrowsersLanguageAndTheChosenOneAfterTheSwitch() {
        Console visitor = console().language("fr-CA,fr;q=0.9,en;q=0.5");
        Console.Page french = visitor.get("/");
        assertEquals(200, french.status());
        assertTrue(french.contentType().startsWith("text/html"), french.contentType());
        assertTrue(french.html().contains("<html lang=\"fr\"") && french.html().contains("Vérifier une licence"));

        Console.Page switched = visitor.get("/language/en?back=/sign-in");
        assertEquals(303, switched.status());
        assertEquals("/sign-in", switched.location().orElseThrow());
        String signIn = visitor.get("/sign-in").html();
        assertTrue(signIn.contains("<html lang=\"en\"") && signIn.contains("Username"), "the switch is remembered");

        assertTrue(console().language("de").get("/").html().contains("<html lang=\"en\""));
        assertEquals("/", console().get("/language/en?back=https://elsewhere.example/").location().orElseThrow());
        assertEquals("/", console().get("/language/en?back=//elsewhere.example/").location().orElseThrow());
    }

    @Test
    void signingInOpensASessionThatSigningOutEnds() {
        Console officer = console();
        Console.Page before = officer.get("/account");
        assertEquals(303, before.status());
        assertTrue(before.location().orElseThrow().startsWith("/sign-in?next="), before.location().orElseThrow());

        officer.signIn("licensing", "demo-licensing");
        String session = officer.cookie("clearchain_session").orElseThrow();
        Console.Page account = officer.get("/account");
        assertEquals(200, account.status());
        assertTrue(account.html().contains("Licensing officer"));

        long sessions = count("SELECT COUNT(*) FROM web_session");
        Console.Page out = officer.submit("/account", "/sign-out", Map.of());
        assertEquals(303, out.status());
        assertEquals(sessions - 1, count("SELECT COUNT(*) FROM web_session"), "signing out deletes the session");

        Console thief = console();
        thief.setCookie("clearchain_session", session);
        assertEquals(303, thief.get("/account").status(), "a copied cookie of an ended session opens nothing");
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        Console officer = console();
        officer.signIn("licensing", "demo-licensing");
        try {
            clock.advance(Duration.ofMinutes(20));
            assertEquals(200, officer.get("/account").status());
            clock.advance(Duration.ofMinutes(29));
            assertEquals(200, officer.get("/account").status(), "last used 29 minutes ago");
            clock.advance(Duration.ofMinutes(31));
            assertEquals(303, officer.get("/account").status());
        } finally {
            clock.reset();
        }
    }

    @Test
    void aDisabledUsersSessionEndsAtOnce() {
        String admin = api.login("admin");
        AdminFixture platform = new AdminFixture(api, admin);
        long id = platform.user("leaving.officer", "password-of-the-leaving-officer", "LICENSING_OFFICER",
                platform.organisationNamed("National Labour Licensing Authority"));
        Console officer = console();
        officer.signIn("leaving.officer", "password-of-the-leaving-officer");
        assertEquals(200, officer.get("/account").status());

        assertEquals(200, api.post("/api/users/" + id + "/disable", admin, Map.of("reason", "Left the authority")).status());

        Console.Page after = officer.get("/account");
        assertEquals(303, after.status());
        assertTrue(after.location().orElseThrow().startsWith("/sign-in?next="), after.location().orElseThrow());
        assertEquals(0, count("SELECT COUNT(*) FROM web_session WHERE username = 'leaving.officer'"));
    }

    @Test
    void aSessionBegunBeforeThePasswordChangedIsRefused() {
        String admin = api.login("admin");
        AdminFixture platform = new AdminFixture(api, admin);
        platform.user("changing.officer", "first-password-of-the-officer", "LICENSING_OFFICER",
                platform.organisationNamed("National Labour Licensing Authority"));
        Console officer = console();
        officer.signIn("changing.officer", "first-password-of-the-officer");
        String token = api.login("changing.officer", "first-password-of-the-officer");
        try {
            // a session's start and a change are compared in whole seconds, as a token's iat is
            clock.advance(Duration.ofSeconds(2));
            assertEquals(204, api.post("/api/me/password", token, Map.of("currentPassword", "first-password-of-the-officer",
                    "newPassword", "second-password-of-the-officer")).status());

            Console.Page after = officer.get("/account");
            assertEquals(303, after.status(), "refused (401), which sends a page's visitor to sign in");
            assertTrue(after.location().orElseThrow().startsWith("/sign-in?next="), after.location().orElseThrow());
            Console again = console();
            again.signIn("changing.officer", "second-password-of-the-officer");
            assertEquals(200, again.get("/account").status());
        } finally {
            clock.reset();
            // the refused session is left to expire; other tests count the sessions of users other than the demo's
            execute("DELETE FROM web_session WHERE username = 'changing.officer'");
        }
    }

    /** The session's look-up reads the user; RefusedTokenFilter, which reads it for a token, does not read it again. */
    @Test
    void aPageOfASessionReadsItsUserOnce() {
        Console officer = console();
        officer.signIn("licensing", "demo-licensing");
        assertEquals(200, officer.get("/account").status());

        List<String> queries = queriesDuring(() -> assertEquals(200, officer.get("/account").status()));

        assertEquals(1, queries.stream().filter(q -> q.contains("FROM `app_user`")).count(), String.join("\n", queries));
    }

    /** The SQL Micronaut Data runs while {@code action} runs (its query log, at DEBUG only meanwhile). */
    private static List<String> queriesDuring(Runnable action) {
        Logger log = (Logger) LoggerFactory.getLogger("io.micronaut.data.query");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        Level level = log.getLevel();
        log.addAppender(seen);
        log.setAdditive(false);
        log.setLevel(Level.DEBUG);
        try {
            action.run();
        } finally {
            log.setLevel(level);
            log.setAdditive(true);
            log.detachAppender(seen);
        }
        return seen.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aWrongPasswordIsSaidAtTheFieldWithoutSayingWhichWasWrong() {
        Console.Page refused = console().submit("/sign-in", "/sign-in", Map.of("username", "licensing", "password", "nope"));
        assertEquals(401, refused.status());
        assertTrue(refused.html().contains("govuk-error-summary") && refused.html().contains("href=\"#username\"")
                && refused.html().contains("Wrong username or password") && refused.html().contains("<title>Error:"), refused.html());
        Console.Page empty = console().submit("/sign-in", "/sign-in", Map.of("username", "", "password", ""));
        assertEquals(400, empty.status());
        assertTrue(empty.html().contains("Enter your username") && empty.html().contains("Enter your password"));
    }

    @Test
    void aFormPostedWithoutItsTokenOrFromAnotherSiteIsRefused() {
        Console visitor = console();
        String token = visitor.get("/sign-in").csrf();
        String self = server.getURL().toString();
        Map<String, String> form = new HashMap<>(Map.of("username", "licensing", "password", "demo-licensing"));

        assertEquals(403, visitor.post("/sign-in", form, self).status(), "no token");
        form.put("_csrf", token);
        assertEquals(403, visitor.post("/sign-in", form, "https://evil.example").status(), "another site");
        assertEquals(403, visitor.post("/sign-in", form, null).status(), "no origin");
        form.put("_csrf", token + "x");
        assertEquals(403, visitor.post("/sign-in", form, self).status(), "a wrong token");
        form.put("_csrf", token);
        assertEquals(303, visitor.post("/sign-in", form, self).status());
        assertEquals(0, count("SELECT COUNT(*) FROM web_session WHERE username <> 'licensing'"));
    }

    @Test
    void pagesFailWithPagesAndTheApiWithProblems() {
        Console.Page missing = console().language("fr").get("/no-such-page");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("text/html"), missing.contentType());
        assertTrue(missing.html().contains("Page introuvable"));
        var answer = api.getText("/api/no-such-thing", "application/json");
        assertEquals(404, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndNeverOpensTheApi() {
        Console officer = console();
        officer.signIn("licensing", "demo-licensing");
        var raw = api.callWithHeaders("GET", "/api/agencies",
                Map.of("Cookie", "clearchain_session=" + officer.cookie("clearchain_session").orElseThrow()), null);
        assertEquals(401, raw.status());
    }

    @Test
    void theStyleSheetsAndScriptsAreServed() {
        for (String asset : new String[] {Assets.GOVUK_CSS, Assets.GOVUK_JS, Assets.HTMX_JS, Assets.CONSOLE_CSS, Assets.CONSOLE_JS}) {
            assertEquals(200, console().get(asset).status(), asset);
        }
        assertFalse(console().get(Assets.CONSOLE_CSS).html().contains("GDS Transport\";"), "no GOV.UK font of our own");
    }
}
