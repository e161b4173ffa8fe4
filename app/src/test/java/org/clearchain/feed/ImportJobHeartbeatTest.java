package org.clearchain.feed;

import jakarta.inject.Inject;
import org.clearchain.integrations.agencyregister.AgencyRegisterFormat;
import org.clearchain.integrations.agencyregister.AgencyRegisterSink;
import org.clearchain.integrations.agencyregister.RegisteredLicence;
import org.clearchain.integrations.feed.BatchOutcome;
import org.clearchain.integrations.feed.FeedDefinition;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedSink;
import org.clearchain.integrations.feed.FileLimits;
import org.clearchain.integrations.feed.ImportSource;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.clearchain.testing.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Import jobs survive faults: a job whose instance stopped running it — the database went away mid-file so it could not
 * even be marked failed, or its instance died — is failed by the sweeper once its heartbeat is stale, and a retry
 * completes it with every row once; a job an instance is running is never swept; and a job's counts commit with its
 * batches, so they equal what is stored after any fault. The application reaches its database through a proxy the
 * test cuts; the test reads the database directly.
 */
class ImportJobHeartbeatTest extends ApiTest {

    private static final Pattern HOST_PORT = Pattern.compile("(jdbc:(?:mysql|mariadb)://)([^:/]+):(\\d+)(/.*)");
    private static final String HEADER = "licence_number,agency_name,registration_number,country,status,valid_from,"
            + "valid_until,scope,address,sectors\n";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    ImportJobStore store;
    @Inject
    JobHeartbeats heartbeats;
    @Inject
    FeedsConfiguration feeds;
    @Inject
    AgencyRegisterSink register;

    private TcpProxy proxy;
    private FeedFixture uploads;
    private String officer;
    private String admin;
    private long authority;

    @Override
    protected Map<String, String> extraProperties() {
        Matcher m = HOST_PORT.matcher(database.url());
        if (!m.matches()) {
            throw new IllegalStateException("cannot put a proxy in front of " + database.url());
        }
        try {
            proxy = new TcpProxy(m.group(2), Integer.parseInt(m.group(3)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("datasources.default.url", m.group(1) + "127.0.0.1:" + proxy.port() + m.group(4),
                // small batches, so a cut falls mid-file; a quick ticker, so the test waits little on it
                "clearchain.feeds.sources.agency-register.batch-size", "200",
                "clearchain.feeds.jobs.heartbeat-interval", "200ms",
                "clearchain.feeds.jobs.heartbeat-timeout", TIMEOUT.toSeconds() + "s");
    }

    @BeforeAll
    void logIn() {
        uploads = new FeedFixture(api);
        officer = api.login("licensing");
        admin = api.login("admin");
        authority = count("SELECT organisation_id FROM app_user WHERE username = 'licensing'");
    }

    @AfterEach
    void backToNow() {
        proxy.restore();
        clock.reset();
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void aJobCutOffFromItsDatabaseIsFailedByTheSweeperOnceItsHeartbeatIsStaleAndItsRetryCompletesIt() {
        int rows = 8_000;
        Api.Response accepted = api.upload("api/feeds/agency-register/uploads", officer, "cut-register.csv",
                register("HBA", rows).getBytes(StandardCharsets.UTF_8));
        assertEquals(202, accepted.status(), accepted::toString);
        long job = accepted.number("id");

        await("a few batches of job " + job).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                .until(() -> count("SELECT rows_read FROM import_job WHERE id = " + job) >= 400);
        proxy.cut();
        await("the import thread of job " + job + " to end").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50)).until(() -> !store.holds(job));

        assertEquals("RUNNING", text("SELECT status FROM import_job WHERE id = " + job),
                "with the database away the job could not be marked failed");
        long stored = count("SELECT COUNT(*) FROM licence WHERE number LIKE 'HBA-%'");
        assertTrue(stored > 0 && stored < rows, "cut mid-file: " + stored + " of " + rows + " stored");
        assertEquals(stored, count("SELECT rows_created FROM import_job WHERE id = " + job),
                "the job's counts committed with its batches: they say exactly what is stored");

        proxy.restore();
        heartbeats.tick();
        assertEquals("RUNNING", text("SELECT status FROM import_job WHERE id = " + job),
                "not swept while its heartbeat is younger than the timeout");

        clock.advance(TIMEOUT.plusSeconds(1));
        Api.Response failed = await("the sweeper to fail job " + job).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> api.get("api/import-jobs/" + job, officer),
                        view -> "FAILED".equals(view.text("status")));
        assertTrue(failed.text("reason").contains("stopped"), failed::toString);
        assertTrue(failed.text("reason").contains("what was written is kept"), failed::toString);
        assertTrue(failed.text("reason").contains(store.owner()), "names the instance: " + failed);
        assertEquals(stored, failed.body().get("counts").get("created").getLongValue());

        Api.Response retried = api.post("/api/import-jobs/" + job + "/retry", officer, null);
        assertEquals(202, retried.status(), retried::toString);
        Api.Response done = uploads.awaitJob(retried.number("id"), officer);

        assertEquals("SUCCEEDED", done.text("status"), done::toString);
        assertEquals(rows - stored, done.body().get("counts").get("created").getLongValue());
        assertEquals(stored, done.body().get("counts").get("unchanged").getLongValue());
        assertEquals(rows, count("SELECT COUNT(*) FROM licence WHERE number LIKE 'HBA-%'"), "every row once");
        assertEquals(rows, count("SELECT COUNT(DISTINCT number) FROM licence WHERE number LIKE 'HBA-%'"));
    }

    @Test
    void countsEqualStoredRowsWhenABatchFailsAfterItsRowsWereWritten() throws IOException {
        int rows = 95;
        Path file = Files.writeString(Files.createTempFile("clearchain-counts-", ".csv"), register("HBB", rows));
        // the third batch's rows are written, then the batch fails before it commits (a lost connection at commit)
        FeedSink<RegisteredLicence> faulty = context -> {
            FeedSink.Writer<RegisteredLicence> writer = register.open(context);
            AtomicInteger batches = new AtomicInteger();
            return batch -> {
                BatchOutcome outcome = writer.write(batch);
                if (batches.incrementAndGet() == 3) {
                    throw new IllegalStateException("Communications link failure", new SQLException("08S01"));
                }
                return outcome;
            };
        };
        FeedImporter importer = new FeedImporter(store, FileLimits.DEFAULT, 20, FeedImporter.ImportListener.NONE);

        FeedImporter.Outcome failed = importer.importFile(new FeedDefinition<>("agency-register", new AgencyRegisterFormat(),
                faulty), file, "counts.csv", ImportSource.INBOX, authority, null);

        assertEquals(FeedImporter.Outcome.Status.FAILED, failed.status());
        long stored = count("SELECT COUNT(*) FROM licence WHERE number LIKE 'HBB-%'");
        assertEquals(40, stored, "the two batches before the fault, nothing of the third");
        assertEquals(stored, count("SELECT rows_created FROM import_job WHERE id = " + failed.jobId()));
        assertEquals(stored, count("SELECT rows_read FROM import_job WHERE id = " + failed.jobId()));
        assertEquals(0, count("SELECT COUNT(*) FROM import_rejection WHERE job_id = " + failed.jobId()));
        assertTrue(!store.holds(failed.jobId()), "the instance no longer runs it");

        FeedImporter.Outcome again = importer.importFile(new FeedDefinition<>("agency-register", new AgencyRegisterFormat(),
                register), file, "counts.csv", ImportSource.INBOX, authority, null);

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, again.status());
        assertEquals(rows - stored, again.counts().created());
        assertEquals(rows, count("SELECT COUNT(*) FROM licence WHERE number LIKE 'HBB-%'"));
    }

    @Test
    void aJobThisInstanceIsRunningIsNotSweptHoweverLongItTakes() throws Exception {
        Path file = Files.writeString(Files.createTempFile("clearchain-slow-", ".csv"), register("HBC", 50));
        CountDownLatch inSecondBatch = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AtomicLong job = new AtomicLong();
        FeedSink<RegisteredLicence> slow = context -> {
            job.set(context.jobId());
            FeedSink.Writer<RegisteredLicence> writer = register.open(context);
            AtomicInteger batches = new AtomicInteger();
            return batch -> {
                if (batches.incrementAndGet() == 2) {
                    inSecondBatch.countDown();
                    awaitLatch(goOn);
                }
                return writer.write(batch);
            };
        };
        FeedImporter importer = new FeedImporter(store, FileLimits.DEFAULT, 10, FeedImporter.ImportListener.NONE);
        CompletableFuture<FeedImporter.Outcome> running = CompletableFuture.supplyAsync(() -> importer.importFile(
                new FeedDefinition<>("agency-register", new AgencyRegisterFormat(), slow), file, "slow.csv",
                ImportSource.INBOX, authority, null));
        try {
            assertTrue(inSecondBatch.await(60, TimeUnit.SECONDS), "the import reached its second batch");

            // twice the timeout passes; the ticker keeps the job's heartbeat at the (moved) present
            clock.advance(TIMEOUT.multipliedBy(2));
            // stored as UTC wall-clock time, as the application stores instants
            String movedOn = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString().replace('T', ' ');
            await("the heartbeat of job " + job.get() + " to follow the clock").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> count("SELECT COUNT(*) FROM import_job WHERE id = " + job.get()
                            + " AND heartbeat_at >= '" + movedOn + "'") == 1);
            heartbeats.tick();

            assertEquals("RUNNING", text("SELECT status FROM import_job WHERE id = " + job.get()));
            assertEquals(store.owner(), text("SELECT owner FROM import_job WHERE id = " + job.get()));
        } finally {
            goOn.countDown();
        }
        FeedImporter.Outcome outcome = running.get(60, TimeUnit.SECONDS);
        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        assertEquals(50, outcome.counts().created());
        assertEquals("SUCCEEDED", text("SELECT status FROM import_job WHERE id = " + job.get()));
    }

    @Test
    void jobsOfAnInstanceThatDiedAreSweptAndItsUploadCanBeRetried() throws IOException {
        long running = deadInstancesJob("RUNNING", "dead-register.csv");
        long queued = deadInstancesJob("QUEUED", "dead-queued.csv");
        Files.createDirectories(feeds.uploads());
        Files.writeString(feeds.uploads().resolve(running + "-dead-register.csv"), register("HBD", 30));

        await("the sweeper to fail the dead instance's jobs").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> count("SELECT COUNT(*) FROM import_job WHERE status = 'FAILED' AND id IN (" + running
                        + ", " + queued + ")") == 2);
        Api.Response swept = api.get("api/import-jobs/" + running, officer);
        assertTrue(swept.text("reason").contains("dead-instance-7"), swept::toString);
        assertEquals("dead-instance-7", swept.text("owner"), swept::toString);
        assertNotEquals(null, swept.text("finishedAt"));

        Api.Response retried = api.post("/api/import-jobs/" + running + "/retry", admin, null);
        assertEquals(202, retried.status(), retried::toString);
        Api.Response done = uploads.awaitJob(retried.number("id"), officer);

        assertEquals("SUCCEEDED", done.text("status"), done::toString);
        assertEquals(30, done.body().get("counts").get("created").getLongValue());
        assertEquals(store.owner(), done.text("owner"), "the retry runs here");
        assertEquals(30, count("SELECT COUNT(*) FROM licence WHERE number LIKE 'HBD-%'"));
    }

    /** A job row as an instance that has since died left it: its last heartbeat ten minutes ago. */
    private long deadInstancesJob(String status, String fileName) {
        execute("INSERT INTO import_job (feed, source, file_name, bytes, organisation_id, status, created_by, owner,"
                + " heartbeat_at, queued_at, started_at) VALUES ('agency-register', 'UPLOAD', '" + fileName + "', 100, "
                + authority + ", '" + status + "', 'licensing', 'dead-instance-7', UTC_TIMESTAMP(6) - INTERVAL 10 MINUTE,"
                + " UTC_TIMESTAMP(6) - INTERVAL 11 MINUTE, " + ("RUNNING".equals(status) ? "UTC_TIMESTAMP(6) - INTERVAL 11 MINUTE" : "NULL")
                + ")");
        return count("SELECT MAX(id) FROM import_job WHERE owner = 'dead-instance-7' AND file_name = '" + fileName + "'");
    }

    /** A register of {@code rows} licences numbered {@code <prefix>-00001…}, four to an agency. */
    private static String register(String prefix, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            int agency = (i + 3) / 4;
            csv.append(String.format("%s-%05d,%s Agency %d,%s-R%05d,RO,ACTIVE,2026-01-01,2029-12-31,,,%n",
                    prefix, i, prefix, agency, prefix, agency));
        }
        return csv.toString();
    }

    private String text(String sql) {
        try (Connection c = database.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the batch go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
