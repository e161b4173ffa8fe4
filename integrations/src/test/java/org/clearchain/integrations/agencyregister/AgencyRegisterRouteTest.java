package org.clearchain.integrations.agencyregister;

import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.feed.FileLimits;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.clearchain.integrations.testing.MemoryPullState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agency-register route alone: a Camel context, an in-memory job store and a recording sink, no application. */
class AgencyRegisterRouteTest {

    @TempDir
    Path inbox;

    private final MemoryImportJobs jobs = new MemoryImportJobs();
    private final MemoryPullState pulls = new MemoryPullState();
    private final RecordingRegisterSink sink = new RecordingRegisterSink();
    private CamelContext camel;
    private HttpServer server;

    private void start(URI pullUrl) throws Exception {
        var settings = new FeedSettings(inbox, pullUrl, Duration.ofHours(1), 2, Duration.ofMillis(10), 7L, null);
        var importer = new FeedImporter(jobs, FileLimits.DEFAULT, 2, FeedImporter.ImportListener.NONE);
        camel = new DefaultCamelContext();
        camel.addRoutes(new AgencyRegisterRoute(sink, settings, importer, pulls, Clock.systemUTC()));
        camel.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (camel != null) {
            camel.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private Path drop(String sample) throws IOException {
        Path folder = Files.createDirectories(inbox.resolve(AgencyRegisterRoute.FEED));
        Path target = folder.resolve(sample);
        try (InputStream in = getClass().getResourceAsStream("/agency-register/" + sample)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return folder;
    }

    @Test
    void aDroppedRegisterIsImportedRowByRowAndMovedToDone() throws Exception {
        start(null);
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("agency-register-inbox").whenDone(1).create();

        Path folder = drop("register.csv");

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        assertTrue(Files.exists(folder.resolve(".done/register.csv")));
        MemoryImportJobs.Job job = jobs.only();
        assertEquals("SUCCEEDED", job.status);
        assertEquals(7, job.counts.read());
        assertEquals(5, job.counts.created());
        assertEquals(List.of(6L, 8L), job.rejected.stream().map(r -> r.line()).toList());
        assertTrue(job.rejected.get(0).reason().contains("not a date"), job.rejected.get(0)::reason);
        assertTrue(job.rejected.get(1).reason().contains("truncated"), job.rejected.get(1)::reason);
        RegisteredLicence stefan = sink.received.get(0).record();
        assertEquals("Agenția de Muncă Ștefan SRL", stefan.agencyName());
        assertEquals(List.of("0111", "0113"), stefan.sectors());
        assertEquals(List.of("4100", "5510"), sink.received.get(1).record().sectors());
        assertEquals("Ğüneş İnsan Kaynakları A.Ş.", sink.received.get(4).record().agencyName());
        assertEquals(7L, job.request.organisationId(), "inbox files are imported for the configured organisation");
    }

    @Test
    void aFileWithAnotherDelimiterGoesToFailedWithTheReasonBesideIt() throws Exception {
        start(null);
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute("agency-register-inbox").whenDone(1).create();

        Path folder = drop("semicolons.csv");

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        assertTrue(Files.exists(folder.resolve(".failed/semicolons.csv")));
        String reason = Files.readString(folder.resolve(".failed/semicolons.csv.reason.txt"));
        assertTrue(reason.contains("separated by ';'"), reason);
        assertTrue(sink.received.isEmpty());
    }

    @Test
    void aHeaderThatDoesNotMatchNamesTheMissingColumns() throws Exception {
        start(null);

        Object outcome = upload("wrong-header.csv");

        FeedImporter.Outcome result = (FeedImporter.Outcome) outcome;
        assertEquals(FeedImporter.Outcome.Status.FAILED, result.status());
        assertTrue(result.reason().contains("missing licence_number"), result.reason());
    }

    @Test
    void aLatin1FileIsRefusedWithTheLineOfTheFirstBadByte() throws Exception {
        start(null);

        FeedImporter.Outcome result = (FeedImporter.Outcome) upload("latin1.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, result.status());
        assertTrue(result.reason().contains("not valid UTF-8 (line 2)"), result.reason());
        assertTrue(sink.received.isEmpty());
    }

    @Test
    void theSameUploadTwiceIsADuplicate() throws Exception {
        start(null);

        upload("register.csv");
        FeedImporter.Outcome second = (FeedImporter.Outcome) upload("register.csv");

        assertEquals(FeedImporter.Outcome.Status.DUPLICATE, second.status());
        assertEquals(5, sink.received.size());
    }

    @Test
    void aPullImportsOnceAndAnUnchangedSourceImportsNothing() throws Exception {
        byte[] file = getClass().getResourceAsStream("/agency-register/register.csv").readAllBytes();
        AtomicInteger conditional = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/register.csv", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                conditional.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                exchange.sendResponseHeaders(200, file.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(file);
                }
            }
            exchange.close();
        });
        server.start();
        start(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/register.csv"));
        ProducerTemplate producer = camel.createProducerTemplate();

        Object first = producer.requestBody(FeedRoute.pullEndpoint(AgencyRegisterRoute.FEED), (Object) null);
        Object second = producer.requestBody(FeedRoute.pullEndpoint(AgencyRegisterRoute.FEED), (Object) null);

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, ((FeedImporter.Outcome) first).status());
        assertNull(second, "304: nothing to import");
        assertEquals(1, conditional.get());
        assertEquals(1, jobs.count());
        assertEquals("register.csv", jobs.only().request.fileName());
    }

    @Test
    void aFailingSourceIsRetriedWithBackOffOnTheSchedule() throws Exception {
        byte[] file = getClass().getResourceAsStream("/agency-register/register.csv").readAllBytes();
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/register.csv", exchange -> {
            if (calls.incrementAndGet() <= 2) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                exchange.sendResponseHeaders(200, file.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(file);
                }
            }
            exchange.close();
        });
        server.start();
        start(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/register.csv"));
        // the scheduled route starts after its delay; drive it once now through the timer's route
        NotifyBuilder pulled = new NotifyBuilder(camel).fromRoute("agency-register-pull").whenDone(1).create();

        assertTrue(pulled.matches(30, TimeUnit.SECONDS));

        assertEquals(3, calls.get(), "two 503s, then the file");
        assertEquals("SUCCEEDED", jobs.only().status);
    }

    private Object upload(String sample) throws IOException {
        Path file = Files.createTempFile(inbox, "upload", ".csv");
        try (InputStream in = getClass().getResourceAsStream("/agency-register/" + sample)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return camel.createProducerTemplate().requestBodyAndHeader(FeedRoute.uploadEndpoint(AgencyRegisterRoute.FEED),
                file, org.apache.camel.Exchange.FILE_NAME, sample);
    }
}
