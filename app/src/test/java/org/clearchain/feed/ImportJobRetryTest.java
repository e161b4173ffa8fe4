package org.clearchain.feed;

import jakarta.inject.Inject;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failed upload can be retried on its kept file, stays its organisation's job, and its file does not stay for ever. */
class ImportJobRetryTest extends ApiTest {

    private static final String HEADER = "licence_number,agency_name,registration_number,country,status,valid_from,valid_until,"
            + "sectors,address,contact\n";
    private static final byte[] LATIN1 = (HEADER + "RTY-0001,Agence Générale,RT-0001,FR,ACTIVE,2026-01-01,2029-12-31,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Inject
    FeedsConfiguration feeds;
    @Inject
    FailedUploadExpiry expiry;

    private FeedFixture uploads;
    private String officer;
    private String admin;
    private String otherOfficer;

    @BeforeAll
    void officers() {
        uploads = new FeedFixture(api);
        officer = api.login("licensing");
        admin = api.login("admin");
        AdminFixture accounts = new AdminFixture(api, admin);
        long other = accounts.organisation("Retry Test Authority", "LICENSING_AUTHORITY", "DE");
        accounts.user("officer.retry", "officer-retry-pass", "LICENSING_OFFICER", other);
        otherOfficer = api.login("officer.retry", "officer-retry-pass");
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aRetryByTheAdminStaysWithTheJobsOrganisation() {
        long failed = failedUpload("register-latin1.csv");

        Api.Response retried = api.post("/api/import-jobs/" + failed + "/retry", admin, null);

        assertEquals(202, retried.status(), retried::toString);
        long again = retried.number("id");
        assertEquals(count("SELECT organisation_id FROM import_job WHERE id = " + failed),
                count("SELECT organisation_id FROM import_job WHERE id = " + again));
        assertEquals("FAILED", uploads.awaitJob(again, officer).text("status"), "the officer follows the retried job");
        assertTrue(Files.exists(keptFile(again)), "the file moved to the new job, still where its owner's retry finds it");
    }

    @Test
    void anotherAuthoritysOfficerCannotRetryTheJob() {
        long failed = failedUpload("register-other.csv");

        assertProblem(404, api.post("/api/import-jobs/" + failed + "/retry", otherOfficer, null));
        assertTrue(Files.exists(keptFile(failed)));
    }

    @Test
    void aFailedUploadIsDeletedOnceItsRetentionHasPassed() {
        long failed = failedUpload("register-expiring.csv");

        expiry.deleteExpired();
        assertTrue(Files.exists(keptFile(failed)), "kept within the retention");

        clock.advance(Duration.ofDays(31));
        expiry.deleteExpired();

        assertTrue(Files.notExists(keptFile(failed)), "deleted after 30 days");
        Api.Response retry = api.post("/api/import-jobs/" + failed + "/retry", officer, null);
        assertProblem(409, retry);
        assertTrue(retry.text("detail").contains("not kept"), retry::toString);
    }

    private long failedUpload(String name) {
        Api.Response job = uploads.importFile("agency-register", officer, name, LATIN1);
        assertEquals("FAILED", job.text("status"), job::toString);
        return job.number("id");
    }

    private Path keptFile(long job) {
        try (Stream<Path> files = Files.list(feeds.uploads())) {
            return files.filter(f -> f.getFileName().toString().startsWith(job + "-")).findFirst()
                    .orElse(feeds.uploads().resolve(job + "-missing"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
