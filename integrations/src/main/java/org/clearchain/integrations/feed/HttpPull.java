package org.clearchain.integrations.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches a feed's URL with the validators of the last fetch (ETag, Last-Modified): 304 means unchanged and
 * nothing is imported. A server error or a broken connection throws {@link IOException}, which the route retries
 * with back-off; a client error (404, 401) is not worth retrying and ends as a failed pull.
 */
public final class HttpPull {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final PullState state;
    private final Clock clock;

    public HttpPull(PullState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** A fetched file and its validators, to be remembered once the file is imported. */
    public record Fetched(Path file, PullState.Validators validators) { }

    /** A fetched file, or empty when the source is unchanged since the last fetch. */
    public Optional<Fetched> fetch(String feed, URI url) throws IOException, InterruptedException, UnreadableFileException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(10)).GET();
        Optional<PullState.Validators> last = state.validators(feed);
        last.map(PullState.Validators::etag).filter(v -> !v.isBlank()).ifPresent(v -> request.header("If-None-Match", v));
        last.map(PullState.Validators::lastModified).filter(v -> !v.isBlank())
                .ifPresent(v -> request.header("If-Modified-Since", v));
        Path target = Files.createTempFile("clearchain-pull-" + feed + "-", ".download");
        HttpResponse<Path> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofFile(target));
        } catch (IOException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        int status = response.statusCode();
        if (status == 304) {
            Files.deleteIfExists(target);
            state.pulled(feed, clock.instant(), last.orElse(null), "unchanged (304)");
            return Optional.empty();
        }
        if (status >= 500) {
            Files.deleteIfExists(target);
            throw new IOException(url.getHost() + " answered " + status);
        }
        if (status != 200) {
            Files.deleteIfExists(target);
            state.pulled(feed, clock.instant(), last.orElse(null), "refused: HTTP " + status);
            throw new UnreadableFileException(url + " answered HTTP " + status);
        }
        var validators = new PullState.Validators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        return Optional.of(new Fetched(target, validators));
    }
}
