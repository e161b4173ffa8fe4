package org.clearchain.integrations.feed;

import org.clearchain.integrations.agencyregister.AgencyRegisterFormat;
import org.clearchain.integrations.agencyregister.RegisteredLicence;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database that fails in the middle of a file: the job is marked failed with what it had written, and importing
 * the same file again completes it with no record twice and none lost, because a sink writes records by key.
 */
class DatabaseFaultMidFileTest {

    @TempDir
    Path folder;

    /** Keyed by licence number, as the register is; fails on the batch it is told to, as a database might. */
    private static final class KeyedRegister implements FeedSink<RegisteredLicence> {
        final Map<String, RegisteredLicence> stored = new LinkedHashMap<>();
        int failOnBatch = -1;
        int batches;

        @Override
        public Writer<RegisteredLicence> open(ImportContext context) {
            return batch -> {
                if (batches++ == failOnBatch) {
                    throw new IllegalStateException("Communications link failure", new java.sql.SQLException("08S01"));
                }
                int created = 0;
                int unchanged = 0;
                for (FeedLine.Accepted<RegisteredLicence> line : batch) {
                    RegisteredLicence before = stored.put(line.record().licenceNumber(), line.record());
                    if (before == null) {
                        created++;
                    } else {
                        unchanged++;
                    }
                }
                return new BatchOutcome(created, 0, unchanged, List.of());
            };
        }
    }

    @Test
    void aFailedJobIsCompletedByImportingTheSameFileAgain() throws IOException {
        StringBuilder csv = new StringBuilder("licence_number,agency_name,registration_number,country,status,valid_from,"
                + "valid_until,scope,address,sectors\n");
        for (int i = 0; i < 25; i++) {
            csv.append("RO-").append(i).append(",Agency ").append(i).append(",REG-").append(i)
                    .append(",RO,ACTIVE,2026-01-01,2028-01-01,,,\n");
        }
        Path file = Files.writeString(folder.resolve("register.csv"), csv);
        KeyedRegister register = new KeyedRegister();
        register.failOnBatch = 2;
        MemoryImportJobs jobs = new MemoryImportJobs();
        FeedImporter importer = new FeedImporter(jobs, FileLimits.DEFAULT, 10, FeedImporter.ImportListener.NONE);
        var feed = new FeedDefinition<>("agency-register", new AgencyRegisterFormat(), register);

        FeedImporter.Outcome failed = importer.importFile(feed, file, "register.csv", ImportSource.UPLOAD, 1L, null);

        assertEquals(FeedImporter.Outcome.Status.FAILED, failed.status());
        assertEquals(20, failed.counts().created(), "the two batches before the fault stay written");
        assertTrue(failed.reason().contains("the database could not be reached"), failed.reason());
        assertTrue(failed.reason().contains("importing the same file again completes it"), failed.reason());
        assertEquals("FAILED", jobs.job(failed.jobId()).status);

        FeedImporter.Outcome retried = importer.importFile(feed, file, "register.csv", ImportSource.UPLOAD, 1L, null);

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, retried.status(), "a failed job is no reason to skip the file");
        assertEquals(5, retried.counts().created());
        assertEquals(20, retried.counts().unchanged());
        assertEquals(25, register.stored.size(), "every row once, none lost");
    }
}
