package org.clearchain.securitysuite;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Hostile versions of a valid JSON body, from the operation's schema in the OpenAPI document: malformed JSON, deep
 * nesting, and for each field values of the wrong type, a 1 MB string, control and text-direction characters,
 * fractional, zero and negative ids.
 */
final class HostileBodies {

    /** One hostile body: what it tries, and its raw text. */
    record Body(String label, String raw) {
    }

    /** JSON text put in place of a value as it is: numbers no Java type holds, nesting no mapper writes. */
    private record Raw(String json) {
    }

    private static final int MEGABYTE = 1 << 20;
    private static final int DEEP = 10_000;
    private static final int MAX_FIELD_DEPTH = 4;
    private static final String RAW_MARK = "\u0001raw-";

    private final JsonMapper json;
    private final OpenApiDocument document;

    HostileBodies(JsonMapper json, OpenApiDocument document) {
        this.json = json;
        this.document = document;
    }

    List<Body> of(Map<String, Object> schema, Map<String, Object> valid, List<String> notRead) {
        List<Body> bodies = new ArrayList<>();
        String first = valid.isEmpty() ? "a" : valid.keySet().iterator().next();
        bodies.add(new Body("truncated JSON", "{\"" + first + "\": "));
        bodies.add(new Body("a trailing comma", "{\"" + first + "\": null,}"));
        bodies.add(new Body("single quotes", "{'" + first + "': 'x'}"));
        bodies.add(new Body("no JSON at all", "not json"));
        bodies.add(new Body("content after the JSON value", write(valid) + " {}"));
        bodies.add(new Body("a list instead of an object", "[" + write(valid) + "]"));
        bodies.add(new Body("a string instead of an object", "\"" + first + "\""));
        bodies.add(new Body("a number instead of an object", "42"));
        bodies.add(new Body("a raw NUL byte", "{\"" + first + "\": \"a\u0000b\"}"));
        bodies.add(new Body("10,000 unclosed [", "[".repeat(DEEP)));
        bodies.add(new Body("10,000 nested lists", "[".repeat(DEEP) + "]".repeat(DEEP)));
        bodies.add(new Body("10,000 nested objects", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        fields(schema, valid, valid, new ArrayList<>(), notRead, bodies, 0);
        return bodies;
    }

    /** Hostile values for each field of {@code schema}, which sits at {@code path} of the valid body {@code root}. */
    @SuppressWarnings("unchecked")
    private void fields(Map<String, Object> schema, Map<String, Object> root, Object valid, List<Object> path,
                        List<String> notRead, List<Body> bodies, int depth) {
        Map<String, Object> properties = (Map<String, Object>) document.resolve(schema).get("properties");
        if (properties == null || depth >= MAX_FIELD_DEPTH) {
            return;
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            if (depth == 0 && notRead.contains(property.getKey())) {
                continue;
            }
            List<Object> at = new ArrayList<>(path);
            at.add(property.getKey());
            Map<String, Object> field = document.resolve((Map<String, Object>) property.getValue());
            Object current = valid instanceof Map<?, ?> map ? map.get(property.getKey()) : null;
            for (Map.Entry<String, Object> hostile : hostileValues(property.getKey(), field).entrySet()) {
                bodies.add(new Body(name(at) + ": " + hostile.getKey(), write(replace(root, at, hostile.getValue()))));
            }
            String type = String.valueOf(field.get("type"));
            if ("object".equals(type) && current instanceof Map<?, ?>) {
                fields(field, root, current, at, notRead, bodies, depth + 1);
            } else if ("array".equals(type) && current instanceof List<?> list && !list.isEmpty() && field.get("items") instanceof Map<?, ?> items) {
                Map<String, Object> item = document.resolve((Map<String, Object>) items);
                if ("object".equals(String.valueOf(item.get("type")))) {
                    List<Object> first = new ArrayList<>(at);
                    first.add(0);
                    fields(item, root, list.get(0), first, notRead, bodies, depth + 1);
                }
            }
        }
    }

    /** Values of the wrong kind for a field of this schema, by what they try. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> hostileValues(String name, Map<String, Object> field) {
        Map<String, Object> values = new LinkedHashMap<>();
        String type = String.valueOf(field.get("type"));
        switch (type) {
            case "string" -> {
                values.put("a number", 12345);
                values.put("true", true);
                values.put("an object", Map.of("text", "x"));
                values.put("a list", List.of("x"));
                values.put("a 1 MB string", "x".repeat(MEGABYTE));
                values.put("NUL", "before\u0000after");
                values.put("U+202E right-to-left override", "abc\u202Etxt.exe");
                values.put("U+2066 isolate", "abc\u2066def");
                values.put("ESC", "a\u001B[31mred");
                values.put("BEL", "a\u0007b");
                values.put("an unpaired surrogate", new Raw("\"a\\ud800b\""));
                if (field.get("enum") != null) {
                    values.put("a value not listed", "NOT_A_LISTED_VALUE");
                }
                if ("date".equals(field.get("format"))) {
                    values.put("a day that does not exist", "2026-02-30");
                    values.put("a date written day first", "30/01/2026");
                }
            }
            case "integer" -> {
                values.put("a number as text", "12");
                values.put("1.5", new Raw("1.5"));
                values.put("1e3", new Raw("1e3"));
                values.put("too large a number", new Raw("99999999999999999999"));
                values.put("true", true);
                values.put("an object", Map.of("value", 1));
                values.put("a list", List.of(1));
                if (name.equals("id") || name.endsWith("Id")) {
                    values.put("0 as an id", 0);
                    values.put("-1 as an id", -1);
                    values.put("the largest id there is", new Raw("9223372036854775807"));
                }
                outOfRange(field, values);
            }
            case "number" -> {
                values.put("a number as text", "12.5");
                values.put("true", true);
                values.put("an object", Map.of("value", 1));
                values.put("a list", List.of(1));
                values.put("beyond any double", new Raw("1e400"));
                outOfRange(field, values);
            }
            case "boolean" -> {
                values.put("text", "true");
                values.put("a number", 1);
                values.put("an object", Map.of("value", true));
            }
            case "array" -> {
                values.put("a string instead of a list", "x");
                values.put("an object instead of a list", Map.of("item", "x"));
                values.put("10,000 nested lists", new Raw("[".repeat(DEEP) + "]".repeat(DEEP)));
                Object items = field.get("items");
                if (items instanceof Map<?, ?> item && "string".equals(String.valueOf(((Map<String, Object>) item).get("type")))) {
                    values.put("a number in the list", List.of(7));
                    values.put("NUL in an item", List.of("a\u0000b"));
                    values.put("10,000 items", Collections.nCopies(DEEP, "x"));
                }
            }
            default -> {
                values.put("a string instead of an object", "x");
                values.put("a number instead of an object", 5);
                values.put("a list instead of an object", List.of());
                values.put("10,000 nested objects inside", new Raw("{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
                if (field.get("properties") == null) {
                    values.put("NUL inside free-form JSON", Map.of("note", "a\u0000b"));
                    values.put("U+202E inside free-form JSON", Map.of("note", List.of("abc\u202Etxt.exe")));
                    values.put("a 1 MB string inside free-form JSON", Map.of("note", "x".repeat(MEGABYTE)));
                }
            }
        }
        return values;
    }

    /** Just past the bounds the schema declares (a share of 101 %, a tier of 0), where it declares them. */
    private static void outOfRange(Map<String, Object> field, Map<String, Object> values) {
        if (field.get("minimum") != null) {
            values.put("below its minimum", new Raw(new BigDecimal(String.valueOf(field.get("minimum")))
                    .subtract(BigDecimal.ONE).toPlainString()));
        }
        if (field.get("maximum") != null) {
            values.put("above its maximum", new Raw(new BigDecimal(String.valueOf(field.get("maximum")))
                    .add(BigDecimal.ONE).toPlainString()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Object replace(Object node, List<Object> path, Object value) {
        if (path.isEmpty()) {
            return value;
        }
        Object key = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (key instanceof Integer index) {
            List<Object> copy = new ArrayList<>(node instanceof List<?> list ? (List<Object>) list : List.of());
            copy.set(index, replace(copy.get(index), rest, value));
            return copy;
        }
        Map<String, Object> copy = new LinkedHashMap<>(node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of());
        copy.put((String) key, replace(copy.get(key), rest, value));
        return copy;
    }

    private String write(Object body) {
        List<String> raws = new ArrayList<>();
        Object marked = markRaw(body, raws);
        try {
            String text = json.writeValueAsString(marked);
            for (int i = 0; i < raws.size(); i++) {
                text = text.replace(json.writeValueAsString(RAW_MARK + i), raws.get(i));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object markRaw(Object node, List<String> raws) {
        if (node instanceof Raw raw) {
            raws.add(raw.json());
            return RAW_MARK + (raws.size() - 1);
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, markRaw(v, raws)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(markRaw(v, raws)));
            return copy;
        }
        return node;
    }

    private static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object part : path) {
            if (part instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.length() == 0 ? "" : ".").append(part);
            }
        }
        return name.toString();
    }
}
