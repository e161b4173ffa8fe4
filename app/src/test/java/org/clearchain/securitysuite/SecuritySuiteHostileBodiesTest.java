package org.clearchain.securitysuite;

import org.clearchain.securitysuite.Expectations.Entry;
import org.clearchain.securitysuite.HostileBodies.Body;
import org.clearchain.securitysuite.OpenApiDocument.Operation;
import org.clearchain.securitysuite.SecurityWorld.Caller;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Part (c) of the security suite: every JSON write of the OpenAPI document, sent by a caller who may make it, refuses
 * hostile bodies — malformed JSON, deep nesting, wrong types, 1 MB strings, control and text-direction characters,
 * fractional, zero and negative ids — with a 4xx problem document that names no Java type, and stores nothing: no
 * table of the database gains or loses a row, the audit log included. Every read refuses a parameter of the wrong type
 * (text for a number, an id or true/false) with a 400 that names it and says what it takes.
 */
@ExtendWith(SecuritySuiteTally.class)
class SecuritySuiteHostileBodiesTest extends ApiTest {

    static final String PART = "hostile bodies";

    private SecurityWorld world;
    private OpenApiDocument document;
    private Expectations expectations;
    private Rows rows;

    @BeforeAll
    void arrange() throws SQLException {
        world = new SecurityWorld(api, json);
        document = OpenApiDocument.served(api);
        expectations = Expectations.load();
        Set<String> fixtures = new LinkedHashSet<>();
        document.operations().stream().filter(Operation::takesJson).map(o -> expectations.entries().get(o.key()))
                .filter(Objects::nonNull).map(Entry::fixture).filter(Objects::nonNull).forEach(fixtures::add);
        world.prepare(fixtures);
        rows = new Rows(database.connect());
    }

    @AfterAll
    void printTheCount() throws SQLException {
        rows.close();
        System.out.println(SecuritySuiteTally.summary(PART));
    }

    @TestFactory
    Stream<DynamicNode> everyJsonWriteRefusesHostileBodiesAndStoresNothing() {
        HostileBodies hostile = new HostileBodies(json, document);
        List<DynamicNode> nodes = new ArrayList<>();
        for (Operation operation : document.operations()) {
            if (!operation.takesJson()) {
                continue;
            }
            Entry entry = expectations.entries().get(operation.key());
            if (entry == null || entry.body() == null) {
                nodes.add(DynamicTest.dynamicTest(operation.key() + " has no valid body in the table", () -> Assertions.fail(
                        operation.key() + " takes JSON: give its entry in " + Expectations.RESOURCE + " a valid `body`")));
                continue;
            }
            Map<String, Object> values = entry.fixture() == null ? Map.of() : world.shared(entry.fixture());
            @SuppressWarnings("unchecked")
            Map<String, Object> valid = (Map<String, Object>) Expectations.fill(entry.body(), values, world);
            String path = SecuritySuiteOperationMatrixTest.path(operation, entry, values, Map.of());
            Caller caller = sender(entry);
            List<DynamicTest> tests = hostile.of(document.jsonBodySchema(operation), valid, entry.notRead()).stream()
                    .map(body -> DynamicTest.dynamicTest(operation.key() + " as " + caller.label() + ", " + body.label(),
                            () -> run(operation, path, caller, body)))
                    .toList();
            nodes.add(DynamicContainer.dynamicContainer(operation.key(), tests));
        }
        return nodes.stream();
    }

    /**
     * Every read with a number, true/false or id in its address or query, sent text there instead: a 400 that names the
     * parameter and says in words what it takes ("must be a whole number"), never a parser's or a Java type's words.
     */
    @TestFactory
    Stream<DynamicNode> everyReadRefusesParametersOfTheWrongTypeInWords() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Operation operation : document.operations()) {
            Entry entry = expectations.entries().get(operation.key());
            List<OpenApiDocument.Parameter> typed = operation.parameters().stream()
                    .filter(p -> List.of("integer", "number", "boolean").contains(p.type())).toList();
            if (operation.writes() || entry == null || typed.isEmpty()) {
                continue;
            }
            Map<String, Object> values = entry.fixture() == null ? Map.of() : world.shared(entry.fixture());
            Caller caller = sender(entry);
            for (OpenApiDocument.Parameter parameter : typed) {
                for (String bad : List.of("abc", "1.5x")) {
                    String path = "path".equals(parameter.in())
                            ? SecuritySuiteOperationMatrixTest.path(operation, entry, values, Map.of(parameter.name(), bad))
                            : SecuritySuiteOperationMatrixTest.path(operation, entry, values, Map.of()) + "?" + parameter.name() + "=" + bad;
                    nodes.add(DynamicTest.dynamicTest(operation.key() + " with " + parameter.name() + "=" + bad,
                            () -> refusedInWords(operation, path, caller, parameter)));
                }
            }
        }
        return nodes.stream();
    }

    private void refusedInWords(Operation operation, String path, Caller caller, OpenApiDocument.Parameter parameter) {
        Api.Response r = api.request("GET", path, caller.token(), operation.accept(), null, null);

        List<String> faults = new ArrayList<>(Answers.faults(r, 400, Set.of()));
        if (r.status() == 400 && r.contentType().startsWith("application/problem+json")) {
            String detail = r.text("detail");
            if (detail == null || !detail.contains(parameter.name())) {
                faults.add("the answer does not name the parameter " + parameter.name());
            }
            String words = switch (parameter.type()) {
                case "integer" -> "whole number";
                case "boolean" -> "true or false";
                default -> "number";
            };
            if (detail == null || !detail.contains(words)) {
                faults.add("the answer does not say it takes a " + words);
            }
        }
        if (faults.isEmpty()) {
            SecuritySuiteTally.passed(PART);
        } else {
            SecuritySuiteTally.violated(PART);
            Assertions.fail(operation.key() + " " + path + ": " + String.join("; ", faults) + "\n  answer: " + Answers.shown(r));
        }
    }

    /** Someone whose valid body would be taken, so that only the hostile part can be what is refused. */
    private SecurityWorld.Caller sender(Entry entry) {
        List<Caller> admitted = world.callers().stream()
                .filter(c -> entry.isPublic() ? c.isAnonymous() : c.tenant() == 'A' && entry.allows(c)).toList();
        return admitted.stream().filter(c -> entry.expected(c) < 300).findFirst().orElse(admitted.get(0));
    }

    private void run(Operation operation, String path, Caller caller, Body body) {
        Map<String, Long> before = rows.everyTable();

        Api.Response r = api.request(operation.method(), path, caller.token(), "application/json", "application/json",
                body.raw().getBytes(StandardCharsets.UTF_8));

        List<String> faults = new ArrayList<>();
        if (r.status() < 400 || r.status() >= 500) {
            faults.add("expected a 4xx refusal but got " + r.status());
        }
        faults.addAll(Answers.faults(r, r.status(), Set.of()));
        Map<String, Long> after = rows.everyTable();
        if (!after.equals(before)) {
            faults.add("rows changed in " + before.keySet().stream().filter(t -> !Objects.equals(before.get(t), after.get(t)))
                    .map(t -> t + " " + before.get(t) + " → " + after.get(t)).collect(Collectors.joining(", ")));
        }
        if (faults.isEmpty()) {
            SecuritySuiteTally.passed(PART);
        } else {
            SecuritySuiteTally.violated(PART);
            Assertions.fail(operation.key() + ", " + body.label() + ": " + String.join("; ", faults)
                    + "\n  answer: " + Answers.shown(r));
        }
    }
}
