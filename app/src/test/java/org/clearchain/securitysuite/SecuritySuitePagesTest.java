package org.clearchain.securitysuite;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.clearchain.securitysuite.Expectations.Absent;
import org.clearchain.securitysuite.PageExpectations.Entry;
import org.clearchain.securitysuite.SecurityWorld.Caller;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Part (e) of the security suite: every route of the web console (every {@code UriRoute} the {@link Router} holds for a
 * controller of {@code org.clearchain.web} or a package below it, so a page hidden from the OpenAPI document is not missed) answers as
 * {@code securitysuite/pages.yml} says to anonymous and to a user of each role of tenant A and of tenant B, each signed
 * in through the console's own form. Every unsafe route refuses, with 403 and without changing a row of any table, a
 * form without its token, with another session's token, from another site's Origin, with another site's Referer and
 * with neither. No page names a Java type or SQL, an
 * error is the HTML error page (never the API's problem document), and every answer to a signed-in visitor says
 * {@code Cache-Control: no-store}.
 */
@ExtendWith(SecuritySuiteTally.class)
class SecuritySuitePagesTest extends ApiTest {

    static final String PART = "pages";
    private static final String CONSOLE_PACKAGE = "org.clearchain.web";
    private static final String FOREIGN_ORIGIN = "https://evil.example";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    @Inject
    Router router;

    private SecurityWorld world;
    private PageExpectations expectations;
    private Rows rows;
    private String self;
    /** Each caller's console, signed in once, and the form token of its session (or anonymous visitor). */
    private final Map<String, Console> consoles = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    /** How an unsafe request is sent: as its page would, or forged in one way. */
    private enum Sending {
        FORM("with its token"),
        NO_TOKEN("without the form token"),
        OTHER_SESSIONS_TOKEN("with another session's token"),
        /** Refused on localhost by Micronaut's CORS filter already, elsewhere by CsrfFilter. */
        FOREIGN_ORIGIN("from another site"),
        /** No Origin (an older browser), a Referer of another site: refused by CsrfFilter. */
        FOREIGN_REFERER("referred by another site"),
        NO_ORIGIN("without Origin or Referer");

        private final String label;

        Sending(String label) {
            this.label = label;
        }
    }

    private record Case(Entry entry, Caller caller, Map<String, String> pathOverride, Sending sending, int expected) {

        String name() {
            String where = pathOverride.isEmpty() ? "" : " with " + pathOverride;
            String how = entry.unsafe() ? " " + sending.label : "";
            return entry.route() + where + how + " as " + caller.label() + " → " + expected;
        }
    }

    @BeforeAll
    void signEveryoneIn() throws SQLException {
        world = new SecurityWorld(api, json);
        expectations = PageExpectations.load();
        Set<String> fixtures = new LinkedHashSet<>();
        expectations.entries().values().stream().map(Entry::fixture).filter(Objects::nonNull).forEach(fixtures::add);
        world.prepare(fixtures);
        self = server.getURL().toString();
        for (Caller caller : world.callers()) {
            Console console = signedIn(caller);
            consoles.put(caller.label(), console);
            tokens.put(caller.label(), console.get("/sign-in").csrf());
        }
        rows = new Rows(database.connect());
    }

    @AfterAll
    void printTheCount() throws SQLException {
        if (rows != null) {
            rows.close();
        }
        System.out.println(SecuritySuiteTally.summary(PART));
    }

    /** A new console of this caller: anonymous, or signed in through {@code POST /sign-in} with its own password. */
    private Console signedIn(Caller caller) {
        Console console = new Console(URI.create(self + "/"));
        if (!caller.isAnonymous()) {
            String[] credentials = world.credentials(caller);
            console.signIn(credentials[0], credentials[1]);
        }
        return console;
    }

    /** Every console route, "METHOD /path" as its controller declares it. */
    private Set<String> consoleRoutes() {
        Set<String> routes = new TreeSet<>();
        router.uriRoutes()
                .filter(route -> isConsole(route.getTargetMethod().getDeclaringType().getPackageName()))
                .map(SecuritySuitePagesTest::key)
                .forEach(routes::add);
        // Micronaut answers HEAD for every GET route by the GET's method: the GET's cases cover it
        routes.removeIf(route -> route.startsWith("HEAD ") && routes.contains("GET " + route.substring("HEAD ".length())));
        return routes;
    }

    private static boolean isConsole(String packageName) {
        return packageName.equals(CONSOLE_PACKAGE) || packageName.startsWith(CONSOLE_PACKAGE + ".");
    }

    private static String key(UriRouteInfo<?, ?> route) {
        String path = route.getUriMatchTemplate().toString();
        return route.getHttpMethodName() + " " + (path.isEmpty() ? "/" : path);
    }

    @TestFactory
    Stream<DynamicNode> everyPageAnswersEachVisitorAsTheTableSays() {
        List<DynamicNode> nodes = new ArrayList<>();
        Set<String> routes = consoleRoutes();
        for (String listed : expectations.entries().keySet()) {
            if (!routes.contains(listed)) {
                nodes.add(violation(listed + " is in the table but is no route of the console",
                        PageExpectations.RESOURCE + " lists '" + listed + "', which no controller of " + CONSOLE_PACKAGE
                                + " serves: remove the entry or correct its method and path (routes: " + routes + ")"));
            }
        }
        for (String route : routes) {
            Entry entry = expectations.entries().get(route);
            if (entry == null) {
                nodes.add(violation(route + " has no entry in the table", route + " is a route of the console but not in "
                        + PageExpectations.RESOURCE + ": add who may open it and what each visitor gets"));
                continue;
            }
            nodes.add(DynamicContainer.dynamicContainer(route, cases(entry).stream()
                    .map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)))));
        }
        return nodes.stream();
    }

    private static DynamicTest violation(String name, String message) {
        return DynamicTest.dynamicTest(name, () -> {
            SecuritySuiteTally.violated(PART);
            Assertions.fail(message);
        });
    }

    private List<Case> cases(Entry entry) {
        List<Case> forged = new ArrayList<>();
        List<Case> refused = new ArrayList<>();
        List<Case> allowed = new ArrayList<>();
        for (Caller caller : world.callers()) {
            if (entry.unsafe() && entry.allows(caller)) {
                for (Sending sending : Sending.values()) {
                    if (sending == Sending.FORM) {
                        continue;
                    }
                    forged.add(new Case(entry, caller, Map.of(), sending, 403));
                }
            }
            int expected = entry.expected(caller);
            (expected < 400 ? allowed : refused).add(new Case(entry, caller, Map.of(), Sending.FORM, expected));
        }
        for (String variable : variables(entry.template())) {
            Absent absent = expectations.absent(variable);
            if (absent == null) {
                throw new AssertionError("no value that names nothing for path variable '" + variable
                        + "': add it under `absent` in " + PageExpectations.RESOURCE);
            }
            for (Caller caller : world.callers()) {
                if (caller.tenant() != 'B' && entry.allows(caller)) {
                    refused.add(new Case(entry, caller, Map.of(variable, absent.value()), Sending.FORM, absent.status()));
                }
            }
        }
        List<Case> all = new ArrayList<>(forged);
        all.addAll(refused);
        all.addAll(allowed);
        return all;
    }

    private static List<String> variables(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1).replaceAll("[:?].*", ""));
        }
        return names;
    }

    private static final Pattern JOB_PAGE = Pattern.compile("/officer/jobs/(\\d+)$");

    /** An upload that succeeded queued an import: it ends before the next case counts rows, so none is blamed for it. */
    private void awaitImportStartedBy(Console.Page page) {
        Matcher job = JOB_PAGE.matcher(page.location().orElse(""));
        if (page.status() == 303 && job.find()) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> count(
                    "SELECT COUNT(*) FROM import_job WHERE id = " + Long.parseLong(job.group(1))
                            + " AND status NOT IN ('QUEUED', 'RUNNING')") == 1);
        }
    }

    private void run(Case c) {
        Entry entry = c.entry();
        boolean succeeds = c.expected() < 400;
        boolean fresh = succeeds && entry.unsafe() && entry.fixtureInPath();
        Map<String, Object> values = entry.fixture() == null ? Map.of()
                : fresh ? world.fresh(entry.fixture()) : world.shared(entry.fixture());
        String path = path(entry, values, c.pathOverride());
        boolean refusedWrite = entry.unsafe() && !succeeds;
        Map<String, Long> before = refusedWrite ? rows.everyTable() : Map.of();

        Console.Page page = send(c, path, values);
        awaitImportStartedBy(page);

        List<String> faults = faults(c, page);
        if (refusedWrite) {
            Map<String, Long> after = rows.everyTable();
            if (!after.equals(before)) {
                faults.add("a refused form changed the database: " + changed(before, after));
            }
        }
        if (faults.isEmpty()) {
            SecuritySuiteTally.passed(PART);
        } else {
            SecuritySuiteTally.violated(PART);
            String html = page.html().length() > 400 ? page.html().substring(0, 400) + "…" : page.html();
            Assertions.fail(c.name() + ": " + String.join("; ", faults) + "\n  " + entry.method() + " " + path
                    + "\n  answer: " + page.status() + " " + page.contentType() + " " + page.location().orElse("") + " " + html);
        }
    }

    private Console.Page send(Case c, String path, Map<String, Object> values) {
        Caller caller = c.caller();
        Entry entry = c.entry();
        boolean ownSession = entry.freshSession() && c.sending() == Sending.FORM && !caller.isAnonymous();
        Console console = ownSession ? signedIn(caller) : consoles.get(caller.label());
        if (!entry.unsafe()) {
            return console.get(path);
        }
        Map<String, String> headers = switch (c.sending()) {
            case FOREIGN_ORIGIN -> Map.of("Origin", FOREIGN_ORIGIN);
            case FOREIGN_REFERER -> Map.of("Referer", FOREIGN_ORIGIN + path);
            case NO_ORIGIN -> Map.of();
            default -> Map.of("Origin", self.replaceAll("/$", ""));
        };
        String token = ownSession ? console.get("/sign-in").csrf() : tokens.get(caller.label());
        if (!entry.upload().isEmpty()) {
            // a file upload carries its token in the action's query, as its page's form does
            String sent = switch (c.sending()) {
                case NO_TOKEN -> null;
                case OTHER_SESSIONS_TOKEN -> otherSessionsToken(caller);
                default -> token;
            };
            Map<?, ?> upload = (Map<?, ?>) Expectations.fill(entry.upload(), values, world);
            String action = sent == null ? path : path + "?_csrf=" + java.net.URLEncoder.encode(sent, java.nio.charset.StandardCharsets.UTF_8);
            return console.uploadWithHeaders(action, String.valueOf(upload.get("field")), String.valueOf(upload.get("fileName")),
                    String.valueOf(upload.get("content")).getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Object form = Expectations.fill(entry.form(), values, world);
        ((Map<?, ?>) form).forEach((k, v) -> fields.put(String.valueOf(k), String.valueOf(v)));
        switch (c.sending()) {
            case NO_TOKEN -> { }
            case OTHER_SESSIONS_TOKEN -> fields.put("_csrf", otherSessionsToken(caller));
            default -> fields.put("_csrf", token);
        }
        return console.postWithHeaders(path, fields, headers);
    }

    /** The token of the next caller's session: anonymous visitors and every signed-in user each have their own. */
    private String otherSessionsToken(Caller caller) {
        List<String> labels = new ArrayList<>(tokens.keySet());
        String other = labels.get((labels.indexOf(caller.label()) + 1) % labels.size());
        String token = tokens.get(other);
        if (token.equals(tokens.get(caller.label()))) {
            throw new AssertionError(other + " and " + caller.label() + " share a form token");
        }
        return token;
    }

    private List<String> faults(Case c, Console.Page page) {
        Entry entry = c.entry();
        List<String> faults = new ArrayList<>();
        if (page.status() != c.expected()) {
            faults.add("expected " + c.expected() + " but got " + page.status());
        }
        if (page.status() >= 500) {
            faults.add("a server error");
        }
        if (c.caller().isAnonymous() && !entry.isPublic() && !entry.unsafe() && page.status() == 303
                && !page.location().orElse("").startsWith("/sign-in?next=")) {
            faults.add("an anonymous visitor must be sent to /sign-in?next=…, not to '" + page.location().orElse("") + "'");
        }
        if (page.status() >= 400) {
            if (!page.contentType().startsWith("text/html") || !page.html().contains("<html")) {
                faults.add("an error must be the HTML error page, not '" + page.contentType() + "'");
            }
        }
        Matcher type = Answers.JAVA_TYPE.matcher(page.html());
        if (type.find()) {
            faults.add("names a Java type or SQL: '" + type.group() + "'");
        }
        boolean credentials = !c.caller().isAnonymous() || entry.template().equals("/sign-in");
        if (credentials && !page.header("Cache-Control").contains("no-store")) {
            faults.add("an answer to a signed-in visitor (or to a sign-in) must say Cache-Control: no-store, not '"
                    + page.header("Cache-Control") + "'");
        }
        boolean checkMarkers = page.status() >= 400 || entry.isScoped(c.caller()) || (entry.isPublic() && c.caller().isAnonymous());
        if (checkMarkers) {
            for (String secret : world.markers(entry.isPublic(), entry.mayShow())) {
                if (page.html().contains(secret)) {
                    faults.add("shows tenant A's private '" + secret + "'");
                }
            }
        }
        return faults;
    }

    private static String path(Entry entry, Map<String, Object> values, Map<String, String> override) {
        String path = entry.template();
        for (String variable : variables(path)) {
            Object value = override.containsKey(variable) ? override.get(variable)
                    : entry.path().containsKey(variable) ? entry.path().get(variable) : values.get(variable);
            if (value == null) {
                throw new AssertionError(entry.route() + ": nothing fills {" + variable + "}; give the entry a fixture"
                        + " with that value or a `path` value");
            }
            path = path.replaceFirst("\\{" + Pattern.quote(variable) + "[^}]*}", Matcher.quoteReplacement(String.valueOf(value)));
        }
        return path;
    }

    private static Map<String, String> changed(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.put(table, before.get(table) + " → " + count);
            }
        });
        return changed;
    }
}
