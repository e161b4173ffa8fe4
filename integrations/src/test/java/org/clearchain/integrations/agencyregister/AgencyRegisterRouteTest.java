package org.clearchain.integrations.agencyregister;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.FeedSettings;
import org.clearchain.integrations.testing.FeedRouteTestSupport;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agency-register route alone: Camel's test context, an in-memory job store and a collecting sink, no application. */
class AgencyRegisterRouteTest extends FeedRouteTestSupport<RegisteredLicence> {

    /** What the register's URL answers: each test that pulls says how. */
    private volatile Answer answer = exchange -> exchange.sendResponseHeaders(404, -1);
    private final HttpServer server = source();

    private interface Answer {
        void to(HttpExchange exchange) throws IOException;
    }

    @Override
    protected FeedRoute<RegisteredLicence> route() {
        return new AgencyRegisterRoute(sink::open, settings(), importer(2), pulls, clock);
    }

    /** The inbox, and a pull of the test's own source (its schedule starts ten seconds in): two retries. */
    @Override
    protected FeedSettings settings() {
        URI pull = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/register.csv");
        return new FeedSettings(inbox(), pull, Duration.ofHours(1), 2, Duration.ofMillis(10), ORGANISATION, null);
    }

    @AfterEach
    void stopSource() {
        server.stop(0);
    }

    private HttpServer source() {
        try {
            HttpServer source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            source.createContext("/register.csv", exchange -> {
                try (exchange) {
                    answer.to(exchange);
                }
            });
            source.start();
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] register() throws IOException {
        return AgencyRegisterRouteTest.class.getResourceAsStream("/agency-register/register.csv").readAllBytes();
    }

    private static void send(HttpExchange exchange, byte[] file) throws IOException {
        exchange.sendResponseHeaders(200, file.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(file);
        }
    }

    @Test
    void aDroppedRegisterIsImportedRowByRowAndMovedToDone() {
        Path folder = drop("agency-register/register.csv");

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
        Path folder = drop("agency-register/semicolons.csv");

        assertTrue(Files.exists(folder.resolve(".failed/semicolons.csv")));
        String reason = Files.readString(folder.resolve(".failed/semicolons.csv.reason.txt"));
        assertTrue(reason.contains("separated by ';'"), reason);
        assertTrue(sink.received.isEmpty());
    }

    @Test
    void aHeaderThatDoesNotMatchNamesTheMissingColumns() {
        FeedImporter.Outcome result = upload("agency-register/wrong-header.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, result.status());
        assertTrue(result.reason().contains("missing licence_number"), result.reason());
    }

    @Test
    void aLatin1FileIsRefusedWithTheLineOfTheFirstBadByte() {
        FeedImporter.Outcome result = upload("agency-register/latin1.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, result.status());
        assertTrue(result.reason().contains("not valid UTF-8 (line 2)"), result.reason());
        assertTrue(sink.received.isEmpty());
    }

    @Test
    void theSameUploadTwiceIsADuplicate() {
        upload("agency-register/register.csv");
        FeedImporter.Outcome second = upload("agency-register/register.csv");

        assertEquals(FeedImporter.Outcome.Status.DUPLICATE, second.status());
        assertEquals(5, sink.received.size());
    }

    @Test
    void aPullImportsOnceAndAnUnchangedSourceImportsNothing() throws Exception {
        byte[] file = register();
        AtomicInteger conditional = new AtomicInteger();
        answer = exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                conditional.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().add("ETag", "\"v1\"");
                send(exchange, file);
            }
        };

        Object first = template.requestBody(FeedRoute.pullEndpoint(AgencyRegisterRoute.FEED), (Object) null);
        Object second = template.requestBody(FeedRoute.pullEndpoint(AgencyRegisterRoute.FEED), (Object) null);

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, ((FeedImporter.Outcome) first).status());
        assertNull(second, "304: nothing to import");
        assertEquals(1, conditional.get());
        assertEquals(1, jobs.count());
        assertEquals("register.csv", jobs.only().request.fileName());
    }

    @Test
    void aFailingSourceIsRetriedWithBackOffOnTheSchedule() throws Exception {
        byte[] file = register();
        AtomicInteger calls = new AtomicInteger();
        answer = exchange -> {
            if (calls.incrementAndGet() <= 2) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                send(exchange, file);
            }
        };
        NotifyBuilder pulled = new NotifyBuilder(context).fromRoute("agency-register-pull").whenDone(1).create();

        // the scheduled route, with its retries, fired once now rather than after its start delay
        AdviceWith.adviceWith(context, "agency-register-pull", route -> route.replaceFromWith("timer:now?repeatCount=1"));

        assertTrue(pulled.matches(30, TimeUnit.SECONDS));
        assertEquals(3, calls.get(), "two 503s, then the file");
        assertEquals("SUCCEEDED", jobs.only().status);
    }
}
