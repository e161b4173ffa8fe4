package org.clearchain.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * A plain HTTP client for API tests: it never throws on 4xx/5xx, so a test can assert the status, the
 * content type and the problem document alike.
 */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    public Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public record Response(int status, String contentType, String raw, JsonNode body, HttpHeaders headers) {

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String text(String field) {
            JsonNode node = body.get(field);
            return node == null || node.isNull() ? null : node.getStringValue();
        }

        public long number(String field) {
            return body.get(field).getLongValue();
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    public String login(String username, String password) {
        Response r = call("POST", "/login", null, Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("login as " + username + " failed: " + r);
        }
        return r.text("access_token");
    }

    /** Logs in a demo account (password {@code demo-<name>}). */
    public String login(String demoUser) {
        return login(demoUser, "demo-" + demoUser);
    }

    public Response get(String path, String token) {
        return call("GET", path, token, null);
    }

    public Response post(String path, String token, Object body) {
        return call("POST", path, token, body);
    }

    public Response put(String path, String token, Object body) {
        return call("PUT", path, token, body);
    }

    public Response postRaw(String path, String token, String rawJson) {
        return send("POST", path, token, rawJson);
    }

    /** A GET whose answer is not JSON (YAML, HTML): the body is left unparsed, {@code body()} is JSON null. */
    public Response getText(String path, String accept) {
        return getText(path, accept, null);
    }

    /** As {@link #getText(String, String)}, logged in. */
    public Response getText(String path, String accept, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), JsonNode.nullNode(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data POST of one file in the field {@code file}. */
    public Response upload(String path, String token, String fileName, byte[] content) {
        String boundary = "----clearchain-test-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode node = raw == null || raw.isBlank() ? JsonNode.nullNode() : json.readValue(raw, JsonNode.class);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), raw, node,
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary answer (a PDF): status, content type and the bytes as sent. */
    public record Download(int status, String contentType, byte[] bytes) {
        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + contentType + (contentType.contains("json") ? " " + text() : " (" + bytes.length + " bytes)");
        }
    }

    /** A GET whose answer is binary, logged in or not ({@code token} null). */
    public Download download(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Any request, answered as it came: {@code body()} is the parsed document only when the answer is JSON (a PDF,
     * CSV or JSON lines answer leaves it JSON null), and an answer that claims JSON but is not parses to JSON null too.
     */
    public Response request(String method, String path, String token, String accept, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String raw = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            JsonNode node = JsonNode.nullNode();
            if (type.contains("json") && !type.contains("ndjson") && !raw.isBlank()) {
                try {
                    node = json.readValue(raw, JsonNode.class);
                } catch (IOException notJson) {
                    node = JsonNode.nullNode();
                }
            }
            return new Response(response.statusCode(), type, raw, node, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response call(String method, String path, String token, Object body) {
        try {
            return send(method, path, token, body == null ? null : json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON request with headers of the test's choosing (Basic credentials, X-Forwarded-For) and no bearer token. */
    public Response callWithHeaders(String method, String path, Map<String, String> headers, Object body) {
        try {
            return send(method, path, null, headers, body == null ? null : json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response send(String method, String path, String token, String rawBody) {
        return send(method, path, token, Map.of(), rawBody);
    }

    private Response send(String method, String path, String token, Map<String, String> headers, String rawBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(rawBody));
        if (rawBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode node = raw == null || raw.isBlank() ? JsonNode.nullNode() : json.readValue(raw, JsonNode.class);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), raw, node,
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
