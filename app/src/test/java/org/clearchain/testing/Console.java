package org.clearchain.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console over plain HTTP, as a browser without JavaScript uses it: cookies kept, redirects not followed (so a
 * test sees them), forms posted with the page's {@code _csrf} token and this site's {@code Origin}.
 */
public final class Console {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String language = "en";

    public Console(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public record Page(int status, String contentType, String html, Optional<String> location, HttpHeaders headers) {

        /** The answer's first value of header {@code name}, or "". */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public String csrf() {
            Matcher m = CSRF.matcher(html);
            if (!m.find()) {
                throw new AssertionError("no form token on the page:\n" + html);
            }
            return m.group(1);
        }
    }

    public Console language(String tag) {
        this.language = tag;
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts a form as the page at {@code formPath} would: its token, from this site. */
    public Page submit(String formPath, String action, Map<String, String> fields) {
        String token = get(formPath).csrf();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        return post(action, all, base.toString());
    }

    /** Posts a form exactly as given: no token added, from {@code origin} (null: no Origin header). */
    public Page post(String path, Map<String, String> fields, String origin) {
        return postWithHeaders(path, fields, origin == null ? Map.of() : Map.of("Origin", origin.replaceAll("/$", "")));
    }

    /** Posts a form exactly as given, with these request headers (e.g. a {@code Referer} and no {@code Origin}). */
    public Page postWithHeaders(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * Sends one file as a form's {@code multipart/form-data} body, in field {@code field}, to {@code action} exactly as
     * given (an upload form carries its token in the action's {@code _csrf} query parameter), from this site.
     */
    public Page upload(String action, String field, String fileName, byte[] content) {
        return uploadWithHeaders(action, field, fileName, content, Map.of("Origin", base.toString().replaceAll("/$", "")));
    }

    /** The same upload with exactly these request headers (e.g. another site's {@code Origin}, or none). */
    public Page uploadWithHeaders(String action, String field, String fileName, byte[] content, Map<String, String> headers) {
        String boundary = "----clearchain-console-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request);
    }

    public Page signIn(String username, String password) {
        Page answer = submit("/sign-in", "/sign-in", Map.of("username", username, "password", password));
        if (answer.status() != 303) {
            throw new AssertionError("sign-in refused: " + answer.status() + "\n" + answer.html());
        }
        return answer;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    private Page send(HttpRequest.Builder request) {
        request.header("Accept", "text/html").header("Accept-Language", language);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValue("Location"), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
