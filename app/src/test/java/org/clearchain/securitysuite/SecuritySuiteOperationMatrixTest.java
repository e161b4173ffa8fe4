package org.clearchain.securitysuite;

import org.clearchain.securitysuite.Expectations.Absent;
import org.clearchain.securitysuite.Expectations.Entry;
import org.clearchain.securitysuite.OpenApiDocument.Operation;
import org.clearchain.securitysuite.OpenApiDocument.Parameter;
import org.clearchain.securitysuite.SecurityWorld.Caller;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Part (a) of the security suite: every operation of the OpenAPI document, sent by anonymous and by a user of each
 * role in the tenant that owns the record and in another, answers as {@code securitysuite/operations.yml} says; so do
 * path values that name nothing or are no whole number. A refusal is a problem document that shows nothing of the
 * other tenant's and names no Java type, and a refused write leaves the audit log as it was.
 */
@ExtendWith(SecuritySuiteTally.class)
class SecuritySuiteOperationMatrixTest extends ApiTest {

    static final String PART = "operation matrix";
    private static final List<String> MALFORMED_WHOLE_NUMBERS = List.of("abc", "1.5", "-1", "99999999999999999999");

    private SecurityWorld world;
    private OpenApiDocument document;
    private Expectations expectations;
    private Rows rows;

    @BeforeAll
    void buildTheTwoTenants() throws SQLException {
        world = new SecurityWorld(api, json);
        document = OpenApiDocument.served(api);
        expectations = Expectations.load();
        Set<String> fixtures = new LinkedHashSet<>();
        expectations.entries().values().stream().map(Entry::fixture).filter(Objects::nonNull).forEach(fixtures::add);
        world.prepare(fixtures);
        rows = new Rows(database.connect());
    }

    @AfterAll
    void printTheCount() throws SQLException {
        rows.close();
        System.out.println(SecuritySuiteTally.summary(PART));
    }

    /** A request of the matrix: who sends it, where, and what it must get. */
    private record Case(Operation operation, Entry entry, Caller caller, Map<String, String> pathOverride, int expected,
                        boolean checkMarkers, boolean fresh, String known) {

        String name() {
            String where = pathOverride.isEmpty() ? "" : " with " + pathOverride;
            return operation.key() + where + " as " + caller.label() + " → " + expected;
        }
    }

    @TestFactory
    Stream<DynamicNode> everyOperationAnswersEachCallerAsTheTableSays() {
        List<DynamicNode> nodes = new ArrayList<>();
        List<Operation> operations = document.operations();
        Set<String> documented = new LinkedHashSet<>();
        operations.forEach(o -> documented.add(o.key()));
        for (String listed : expectations.entries().keySet()) {
            if (!documented.contains(listed)) {
                nodes.add(DynamicTest.dynamicTest(listed + " is in the table but not in the OpenAPI document", () ->
                        Assertions.fail(Expectations.RESOURCE + " lists '" + listed + "', which " + document.name()
                                + " does not describe: remove the entry or correct its method and path")));
            }
        }
        List<DynamicNode> last = new ArrayList<>();
        for (Operation operation : operations) {
            Entry entry = expectations.entries().get(operation.key());
            if (entry == null) {
                nodes.add(DynamicTest.dynamicTest(operation.key() + " has no entry in the table", () ->
                        Assertions.fail(operation.key() + " is in the OpenAPI document but not in " + Expectations.RESOURCE
                                + ": add who may call it and what each caller gets")));
                continue;
            }
            List<DynamicTest> tests = cases(operation, entry).stream()
                    .map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c))).toList();
            (entry.last() ? last : nodes).add(DynamicContainer.dynamicContainer(operation.key(), tests));
        }
        nodes.addAll(last);
        return nodes.stream();
    }

    private List<Case> cases(Operation operation, Entry entry) {
        List<Case> refused = new ArrayList<>();
        List<Case> allowed = new ArrayList<>();
        for (Caller caller : world.callers()) {
            int expected = entry.expected(caller);
            boolean succeeds = expected < 300;
            boolean markers = !succeeds || entry.isScoped(caller) || (entry.isPublic() && caller.isAnonymous());
            Case c = new Case(operation, entry, caller, Map.of(), expected, markers,
                    succeeds && operation.writes() && entry.fixtureInPath(), entry.knownViolation(caller));
            (succeeds ? allowed : refused).add(c);
        }
        for (Parameter variable : operation.pathParameters()) {
            Absent absent = expectations.absent(variable.name());
            if (absent == null) {
                throw new AssertionError("no value that names nothing for path variable '" + variable.name()
                        + "': add it under `absent` in " + Expectations.RESOURCE);
            }
            Map<String, Integer> values = new LinkedHashMap<>();
            values.put(absent.value(), absent.status());
            if ("integer".equals(variable.type())) {
                MALFORMED_WHOLE_NUMBERS.forEach(v -> values.put(v, "-1".equals(v) ? 404 : 400));
            }
            for (Map.Entry<String, Integer> value : values.entrySet()) {
                for (Caller caller : world.callers()) {
                    if (caller.tenant() == 'B') {
                        continue;
                    }
                    int expected = caller.isAnonymous() && !entry.isPublic() ? 401
                            : entry.allows(caller) ? value.getValue() : 403;
                    refused.add(new Case(operation, entry, caller, Map.of(variable.name(), value.getKey()), expected,
                            true, false, null));
                }
            }
        }
        refused.addAll(allowed);
        return refused;
    }

    private void run(Case c) {
        Entry entry = c.entry();
        Map<String, Object> values = entry.fixture() == null ? Map.of()
                : c.fresh() ? world.fresh(entry.fixture()) : world.shared(entry.fixture());
        String path = path(c.operation(), entry, values, c.pathOverride());
        boolean refusedWrite = c.operation().writes() && c.expected() >= 400;
        long auditBefore = refusedWrite ? rows.audit() : 0;

        Api.Response r = send(c, path, values);

        List<String> faults = Answers.faults(r, c.expected(),
                c.checkMarkers() ? world.markers(entry.isPublic(), entry.mayShow()) : Set.of());
        if (refusedWrite && rows.audit() != auditBefore) {
            faults.add("a refused write changed the audit log");
        }
        if (r.status() == 202 && r.raw().contains("\"id\"")) {
            new FeedFixture(api).awaitJob(r.number("id"), c.caller().token());
        }
        if (c.known() != null) {
            if (faults.isEmpty()) {
                SecuritySuiteTally.violated(PART);
                Assertions.fail(c.name() + " now answers as expected: remove its `known` note in " + Expectations.RESOURCE);
            }
            SecuritySuiteTally.knownViolation(PART);
            Assumptions.abort("known violation, " + c.known() + ": " + String.join("; ", faults));
        }
        if (faults.isEmpty()) {
            SecuritySuiteTally.passed(PART);
        } else {
            SecuritySuiteTally.violated(PART);
            Assertions.fail(c.name() + ": " + String.join("; ", faults) + "\n  " + c.operation().method() + " " + path
                    + "\n  answer: " + Answers.shown(r));
        }
    }

    private Api.Response send(Case c, String path, Map<String, Object> values) {
        Entry entry = c.entry();
        String token = c.caller().token();
        if (entry.upload() != null) {
            Map<?, ?> upload = (Map<?, ?>) Expectations.fill(entry.upload(), values, world);
            return api.upload(path, token, String.valueOf(upload.get("fileName")),
                    String.valueOf(upload.get("content")).getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = null;
        if (entry.body() != null) {
            try {
                body = json.writeValueAsBytes(Expectations.fill(entry.body(), values, world));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return api.request(c.operation().method(), path, token, c.operation().accept(),
                body == null ? null : "application/json", body);
    }

    static String path(Operation operation, Entry entry, Map<String, Object> values, Map<String, String> override) {
        String path = operation.path();
        for (Parameter variable : operation.pathParameters()) {
            Object value = override.containsKey(variable.name()) ? override.get(variable.name())
                    : entry.path().containsKey(variable.name()) ? entry.path().get(variable.name()) : values.get(variable.name());
            if (value == null) {
                throw new AssertionError(operation.key() + ": nothing fills {" + variable.name() + "}; give the entry a fixture"
                        + " with that value or a `path` value");
            }
            path = path.replace("{" + variable.name() + "}", String.valueOf(value));
        }
        return path;
    }
}
