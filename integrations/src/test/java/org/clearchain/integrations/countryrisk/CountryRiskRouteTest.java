package org.clearchain.integrations.countryrisk;

import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.RejectedRow;
import org.clearchain.integrations.testing.FeedRouteTestSupport;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The country-risk route without the application: a file is read into one edition, bad rows named by line. */
class CountryRiskRouteTest extends FeedRouteTestSupport<CountryRiskRow> {

    @Override
    protected FeedRoute<CountryRiskRow> route() {
        return new CountryRiskRoute(sink::open, settings(), importer(5), pulls, clock);
    }

    private static List<String> rejections(MemoryImportJobs.Job job) {
        return job.rejected.stream().map(r -> r.line() + ": " + r.reason()).toList();
    }

    @Test
    void aWholeFileIsOneEditionFinishedOnceAfterItsLastBatch() {
        FeedImporter.Outcome outcome = upload("country-risk/svi-2026.csv");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        assertEquals(20, sink.records().size());
        assertEquals(4, sink.batches.size(), "written in batches of 5");
        assertEquals(1, sink.finished.size());
        assertEquals(20, sink.finished.get(0).created());
        CountryRiskRow dr = sink.records().stream().filter(r -> r.country().equals("CD")).findFirst().orElseThrow();
        assertEquals(0.81, dr.score(), 1e-9);
        assertEquals("SVI-2026", dr.edition());
        assertEquals("Sample Vulnerability Index (test data)", dr.source());
        assertTrue(sink.records().stream().anyMatch(r -> r.country().equals("VN")), "Viet Nam is VN");
        assertTrue(sink.records().stream().anyMatch(r -> r.country().equals("CI")), "Côte d'Ivoire is CI");
        assertEquals(null, sink.records().stream().filter(r -> r.country().equals("FR")).findFirst().orElseThrow().region(),
                "region is optional");
    }

    @Test
    void unknownCountriesAreRejectedWithTheirLineNumbersAndTheRestGoesIn() {
        upload("country-risk/unknown-country.csv");

        MemoryImportJobs.Job job = jobs.only();
        assertEquals("SUCCEEDED", job.status);
        assertEquals(List.of("BD", "IN"), sink.records().stream().map(CountryRiskRow::country).toList());
        List<String> rejected = rejections(job);
        assertEquals(2, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).startsWith("3: unknown country 'Atlantis'"), rejected::toString);
        assertTrue(rejected.get(1).startsWith("4: unknown country 'XX'"), rejected::toString);
    }

    @Test
    void scoresOutsideZeroToOneAndMissingFieldsAreRejected() {
        upload("country-risk/score-out-of-range.csv");

        MemoryImportJobs.Job job = jobs.only();
        assertEquals(List.of("BD", "MY"), sink.records().stream().map(CountryRiskRow::country).toList());
        assertEquals(List.of("3: score 1.7 is outside [0, 1]", "4: score -0.1 is outside [0, 1]",
                "5: score 'high' is not a number", "6: score is missing", "7: source is missing"), rejections(job));
        assertEquals(5, job.counts.rejected());
        assertEquals(7, job.counts.read());
    }

    @Test
    void aWrongHeaderFailsTheFileBeforeAnyRowAndTheEditionIsNeverFinished() {
        FeedImporter.Outcome outcome = upload("country-risk/wrong-header.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("expected columns country,score,source,edition"), outcome::reason);
        assertTrue(outcome.reason().contains("separated by ';'"), outcome::reason);
        assertTrue(sink.batches.isEmpty());
        assertTrue(sink.finished.isEmpty());
    }

    @Test
    void aTruncatedLastLineIsRejectedAndTheRowsBeforeItGoIn() {
        upload("country-risk/truncated.csv");

        MemoryImportJobs.Job job = jobs.only();
        assertEquals(List.of("BD", "IN"), sink.records().stream().map(CountryRiskRow::country).toList());
        RejectedRow last = job.rejected.get(0);
        assertEquals(4, last.line());
        assertTrue(last.reason().contains("a truncated line?"), last::reason);
        assertEquals(1, sink.finished.size());
    }

    @Test
    void aFileThatFailsMidwayIsNeverFinishedSoItNeverBecomesAHalfEdition() {
        sink.failOnBatch = n -> n == 3 ? new IllegalStateException("database went away") : null;

        FeedImporter.Outcome outcome = upload("country-risk/svi-2026.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertEquals(2, sink.batches.size());
        assertTrue(sink.finished.isEmpty(), "finish() is what makes an edition current: never after a failure");
        assertTrue(outcome.reason().contains("importing the same file again completes it"), outcome::reason);
    }

    @Test
    void aFileDroppedInTheInboxIsImportedAndMovedToDone() {
        drop("country-risk/svi-2026.csv");

        assertEquals("SUCCEEDED", jobs.only().status);
        assertEquals(20, sink.records().size());
        assertTrue(Files.exists(inboxOfFeed().resolve(".done/svi-2026.csv")));
    }

    @Test
    void theSameFileTwiceIsADuplicateThatWritesNothing() {
        upload("country-risk/svi-2026.csv");

        FeedImporter.Outcome second = upload("country-risk/svi-2026.csv");

        assertEquals(FeedImporter.Outcome.Status.DUPLICATE, second.status());
        assertEquals(20, sink.records().size());
        assertEquals(1, sink.finished.size());
    }

    @Test
    void ilabsCountryAssessmentsAsPublishedAreAProxyEditionNamedAfterTheirYear() {
        FeedImporter.Outcome outcome = upload("reference/ilab/countries.xml");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        assertTrue(jobs.only().rejected.isEmpty(), () -> rejections(jobs.only()).toString());
        List<CountryRiskRow> rows = sink.records();
        assertEquals(143, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.proxy() && r.region() == null
                && r.edition().equals("ILAB child-labour governance assessment 2022")), rows.get(0)::toString);
        assertEquals(1.0, row(rows, "AF").score(), 1e-9, "Afghanistan: No Advancement");
        assertEquals("No Advancement", row(rows, "AF").note());
        assertEquals(0.66, row(rows, "BD").score(), 1e-9, "Bangladesh: Minimal Advancement, with a qualifier");
        assertEquals(0.33, row(rows, "IN").score(), 1e-9, "India: Moderate Advancement");
        assertEquals(0.1, row(rows, "CI").score(), 1e-9, "Côte d'Ivoire: Significant Advancement");
        assertEquals(1.0, row(rows, "MM").score(), 1e-9, "Burma: No Advancement, complicit in forced child labour");
        assertNull(row(rows, "CX").score(), "Christmas Island: No Assessment");
        assertNull(row(rows, "CN").score(), "China: on the List of Goods, not in the child-labour report");
        assertEquals("not assessed", row(rows, "CN").note());
        assertEquals(128, rows.stream().filter(r -> r.score() != null).count(), "143 countries, 12 not assessed, 3 No Assessment");
    }

    @Test
    void anUnknownAdvancementLevelIsRejectedAlone() {
        upload("country-risk/ilab-unknown-level.xml");

        MemoryImportJobs.Job job = jobs.only();
        assertEquals(List.of("IN"), sink.records().stream().map(CountryRiskRow::country).toList());
        List<String> rejected = rejections(job);
        assertEquals(2, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).startsWith("7: Advancement_Level 'Great Advancement' is none of"), rejected::toString);
        assertEquals("12: unknown country 'Atlantis'", rejected.get(1));
    }

    private static CountryRiskRow row(List<CountryRiskRow> rows, String country) {
        return rows.stream().filter(r -> r.country().equals(country)).findFirst().orElseThrow(() -> new AssertionError(country));
    }
}
