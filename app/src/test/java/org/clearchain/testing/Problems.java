package org.clearchain.testing;

import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on the RFC 9457 problem documents every error of the API answers with. */
public final class Problems {

    private Problems() {
    }

    /** The response has {@code status} and is an {@code application/problem+json} document saying so. */
    public static void assertProblem(int status, Api.Response r) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), () -> "content type " + r.contentType() + " of " + r);
        assertEquals(status, r.body().get("status").getIntValue(), r::toString);
        assertTrue(r.text("title") != null && !r.text("title").isBlank(), r::toString);
    }

    /** A 400 problem whose {@code errors[]} names {@code field}. */
    public static void assertBadField(String field, Api.Response r) {
        assertProblem(400, r);
        assertTrue(fields(r).contains(field), () -> "expected errors[] to name '" + field + "': " + r);
    }

    public static List<String> fields(Api.Response r) {
        List<String> names = new ArrayList<>();
        JsonNode errors = r.body().get("errors");
        if (errors != null) {
            errors.values().forEach(e -> names.add(e.get("field").getStringValue()));
        }
        return names;
    }

    public static List<String> allowedTransitions(Api.Response r) {
        List<String> allowed = new ArrayList<>();
        JsonNode node = r.body().get("allowedTransitions");
        if (node != null) {
            node.values().forEach(v -> allowed.add(v.getStringValue()));
        }
        return allowed;
    }
}
