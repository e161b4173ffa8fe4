package org.clearchain.securitysuite;

import org.clearchain.testing.Api;
import org.yaml.snakeyaml.Yaml;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of the OpenAPI document the application serves, as micronaut-openapi generated it at compile time. */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    record Parameter(String name, String in, String type) {
    }

    /**
     * @param content  the request body's media types and schemas
     * @param produces the media types of its successful answers
     */
    record Operation(String method, String path, List<Parameter> parameters, Map<String, Object> content, List<String> produces) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> pathParameters() {
            return parameters.stream().filter(p -> "path".equals(p.in())).toList();
        }

        boolean takesJson() {
            return content.containsKey("application/json");
        }

        boolean takesMultipart() {
            return content.containsKey("multipart/form-data");
        }

        /** What a client asks for: the operation's own media type (a PDF, CSV), else JSON. */
        String accept() {
            return produces.stream().filter(type -> !type.equals("application/json")).findFirst().orElse("application/json");
        }

        boolean writes() {
            return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
        }
    }

    private final String name;
    private final Map<String, Object> document;

    private OpenApiDocument(String name, Map<String, Object> document) {
        this.name = name;
        this.document = document;
    }

    /** The document the running application serves at {@code /swagger/<name>}, its name found among the built classes. */
    static OpenApiDocument served(Api api) {
        String name = generatedName();
        Api.Response r = api.getText("/swagger/" + name, "*/*");
        if (r.status() != 200) {
            throw new AssertionError("the OpenAPI document is not served at /swagger/" + name + ": " + r.status());
        }
        Map<String, Object> document = new Yaml().load(r.raw());
        return new OpenApiDocument(name, document);
    }

    String name() {
        return name;
    }

    /** Every operation, sorted by path then method. */
    @SuppressWarnings("unchecked")
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            Map<String, Object> item = (Map<String, Object>) path.getValue();
            for (Map.Entry<String, Object> op : item.entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
                    parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                            String.valueOf(schema.getOrDefault("type", "string"))));
                }
                Map<String, Object> body = (Map<String, Object>) operation.getOrDefault("requestBody", Map.of());
                Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
                List<String> produces = new ArrayList<>();
                Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
                responses.forEach((status, response) -> {
                    if (String.valueOf(status).startsWith("2") && response instanceof Map<?, ?> r && r.get("content") instanceof Map<?, ?> types) {
                        types.keySet().forEach(type -> produces.add(String.valueOf(type)));
                    }
                });
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), List.copyOf(parameters),
                        Collections.unmodifiableMap(new LinkedHashMap<>(content)), List.copyOf(produces)));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /** The JSON schema of an operation's request body, {@code $ref}s followed. */
    @SuppressWarnings("unchecked")
    Map<String, Object> jsonBodySchema(Operation operation) {
        Map<String, Object> json = (Map<String, Object>) operation.content().get("application/json");
        return json == null ? Map.of() : resolve((Map<String, Object>) json.getOrDefault("schema", Map.of()));
    }

    /** A schema with its {@code $ref} (and a single {@code allOf}) replaced by what it points to. */
    @SuppressWarnings("unchecked")
    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> current = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.get("$ref") instanceof String ref && ref.startsWith("#/")) {
                Object target = document;
                for (String part : ref.substring(2).split("/")) {
                    target = ((Map<String, Object>) target).get(part);
                }
                current = (Map<String, Object>) target;
            } else if (current.get("allOf") instanceof List<?> all && all.size() == 1) {
                current = (Map<String, Object>) all.get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private static String generatedName() {
        try {
            Enumeration<URL> folders = OpenApiDocument.class.getClassLoader().getResources("META-INF/swagger");
            while (folders.hasMoreElements()) {
                URL folder = folders.nextElement();
                if (!"file".equals(folder.getProtocol())) {
                    continue;
                }
                File[] files = new File(folder.toURI()).listFiles((dir, n) -> n.startsWith("clearchain-") && n.endsWith(".yml"));
                if (files != null && files.length == 1) {
                    return files[0].getName();
                }
            }
        } catch (java.io.IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no generated META-INF/swagger/clearchain-*.yml among the built classes");
    }
}
