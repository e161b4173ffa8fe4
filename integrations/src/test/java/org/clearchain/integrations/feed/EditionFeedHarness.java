package org.clearchain.integrations.feed;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs one reference-edition feed route in a plain Camel context, without the application: jobs and pull state
 * kept in memory, and a sink that keeps what it was given batch by batch and whether the edition was finished.
 */
public final class EditionFeedHarness<R> implements AutoCloseable {

    public final Path inbox;
    public final Jobs jobs = new Jobs();
    public final Sink<R> sink = new Sink<>();
    public final CamelContext camel = new DefaultCamelContext();
    public final FeedImporter importer;
    public final FeedSettings settings;

    public interface RouteFactory<R> {
        FeedRoute<R> create(FeedSink<R> sink, CountryCodes countries, FeedSettings settings, FeedImporter importer,
                            PullState pulls, Clock clock);
    }

    public EditionFeedHarness(int batchSize, RouteFactory<R> route) throws Exception {
        inbox = Files.createTempDirectory("inbox");
        settings = new FeedSettings(inbox, null, Duration.ofHours(6), 0, Duration.ofSeconds(1), null, null);
        importer = new FeedImporter(jobs, FileLimits.DEFAULT, batchSize, FeedImporter.ImportListener.NONE);
        camel.addRoutes(new FeedErrorHandling());
        camel.addRoutes(route.create(sink, ISO_COUNTRIES, settings, importer, new Pulls(), Clock.systemUTC()));
        camel.start();
    }

    /** Hands a test resource to the feed's upload endpoint, as the API does, and returns how the job ended. */
    public FeedImporter.Outcome upload(String feed, String resource) throws IOException {
        Path file = Files.createTempFile("upload-", ".tmp");
        try (InputStream in = resource(resource)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return camel.createProducerTemplate().requestBodyAndHeader(FeedRoute.uploadEndpoint(feed), file,
                Exchange.FILE_NAME, Path.of(resource).getFileName().toString(), FeedImporter.Outcome.class);
    }

    /** Drops a test resource into the feed's inbox and waits until the route has taken it. */
    public void drop(String feed, String resource) throws IOException {
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute(feed + "-inbox").whenDone(1).create();
        Path folder = Files.createDirectories(inbox.resolve(feed));
        try (InputStream in = resource(resource)) {
            Files.copy(in, folder.resolve(Path.of(resource).getFileName().toString()));
        }
        assertTrue(done.matches(20, TimeUnit.SECONDS), "the inbox route should take " + resource);
    }

    private static InputStream resource(String name) {
        InputStream in = EditionFeedHarness.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        return in;
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }

    /** Codes and English names from the ISO list bundled in schemas, plus the ILAB spellings the app also knows. */
    public static final CountryCodes ISO_COUNTRIES = new CountryCodes() {
        private final Map<String, String> byName = load();

        @Override
        public Optional<String> codeOf(String nameOrCode) {
            String key = normalise(nameOrCode);
            if (byName.containsValue(nameOrCode.toUpperCase(Locale.ROOT))) {
                return Optional.of(nameOrCode.toUpperCase(Locale.ROOT));
            }
            return Optional.ofNullable(byName.get(key));
        }

        private static Map<String, String> load() {
            Map<String, String> names = new HashMap<>();
            read("reference/countries/iso-3166-1.csv", row -> names.put(normalise(row.get("name")), row.get("alpha2")));
            read("reference/countries/aliases.csv", row -> names.put(normalise(row.get("name")), row.get("alpha2")));
            return names;
        }

        private static void read(String resource, java.util.function.Consumer<org.apache.commons.csv.CSVRecord> each) {
            var format = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').get();
            try (var parser = format.parse(new InputStreamReader(resource(resource), StandardCharsets.UTF_8))) {
                parser.forEach(each);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String normalise(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'')
                    .replace("&", "and").toLowerCase(Locale.ROOT).trim();
        }
    };

    /** Keeps every batch, and the counts it was finished with (null until a file is read to its end). */
    public static final class Sink<R> implements FeedSink<R> {
        public final List<List<FeedLine.Accepted<R>>> batches = new ArrayList<>();
        public final List<ImportCounts> finished = new ArrayList<>();
        public Function<Integer, RuntimeException> failOnBatch = n -> null;

        @Override
        public Writer<R> open(ImportContext context) {
            return new Writer<>() {
                @Override
                public BatchOutcome write(List<FeedLine.Accepted<R>> batch) {
                    RuntimeException failure = failOnBatch.apply(batches.size() + 1);
                    if (failure != null) {
                        throw failure;
                    }
                    batches.add(batch);
                    return new BatchOutcome(batch.size(), 0, 0, List.of());
                }

                @Override
                public void finish(ImportCounts counts) {
                    finished.add(counts);
                }
            };
        }

        public List<R> records() {
            return batches.stream().flatMap(List::stream).map(FeedLine.Accepted::record).toList();
        }
    }

    /** Import jobs in memory: enough for the importer's duplicate check and for tests to read counts and rejections. */
    public static final class Jobs implements ImportJobs {
        public record Job(String feed, String checksum, String status, ImportCounts counts, String reason,
                          List<RejectedRow> rejected) { }

        public final Map<Long, Job> byId = new HashMap<>();
        private long next = 1;

        @Override
        public synchronized long start(ImportRequest request) {
            long id = next++;
            byId.put(id, new Job(request.feed(), request.checksum(), "RUNNING", ImportCounts.NONE, null, new ArrayList<>()));
            return id;
        }

        @Override
        public synchronized OptionalLong succeededWith(String feed, String checksum) {
            return byId.entrySet().stream().filter(e -> e.getValue().feed().equals(feed)
                            && checksum.equals(e.getValue().checksum()) && e.getValue().status().equals("SUCCEEDED"))
                    .mapToLong(Map.Entry::getKey).min();
        }

        @Override
        public synchronized void duplicate(long jobId, long earlierJobId) {
            end(jobId, "DUPLICATE", ImportCounts.NONE, "same file as job " + earlierJobId);
        }

        @Override
        public synchronized void progress(long jobId, ImportCounts counts, List<RejectedRow> newlyRejected) {
            Job job = byId.get(jobId);
            job.rejected().addAll(newlyRejected);
            byId.put(jobId, new Job(job.feed(), job.checksum(), job.status(), counts, null, job.rejected()));
        }

        @Override
        public synchronized void succeeded(long jobId, ImportCounts counts) {
            end(jobId, "SUCCEEDED", counts, null);
        }

        @Override
        public synchronized void failed(long jobId, ImportCounts counts, String reason) {
            end(jobId, "FAILED", counts, reason);
        }

        private void end(long jobId, String status, ImportCounts counts, String reason) {
            Job job = byId.get(jobId);
            byId.put(jobId, new Job(job.feed(), job.checksum(), status, counts, reason, job.rejected()));
        }

        public synchronized Job only() {
            assertTrue(byId.size() == 1, "one job expected, got " + byId);
            return byId.values().iterator().next();
        }
    }

    private static final class Pulls implements PullState {
        @Override
        public Optional<Validators> validators(String feed) {
            return Optional.empty();
        }

        @Override
        public void pulled(String feed, Instant at, Validators validators, String outcome) {
        }
    }
}
