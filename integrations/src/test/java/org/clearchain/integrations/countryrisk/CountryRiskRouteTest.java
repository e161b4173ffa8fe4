package org.clearchain.integrations.countryrisk;

import org.clearchain.integrations.feed.EditionFeedHarness;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.RejectedRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The country-risk route without the application: a file is read into one edition, bad rows named by line. */
class CountryRiskRouteTest {

    private EditionFeedHarness<CountryRiskRow> feed;

    @BeforeEach
    void start() throws Exception {
        feed = new EditionFeedHarness<>(5, (sink, countries, settings, importer, pulls, clock) ->
                new CountryRiskRoute(sink::open, countries, settings, importer, pulls, clock));
    }

    @AfterEach
    void stop() throws Exception {
        feed.close();
    }

    private static List<String> rejections(EditionFeedHarness.Jobs.Job job) {
        return job.rejected().stream().map(r -> r.line() + ": " + r.reason()).toList();
    }

    @Test
    void aWholeFileIsOneEditionFinishedOnceAfterItsLastBatch() throws Exception {
        FeedImporter.Outcome outcome = feed.upload("country-risk", "country-risk/svi-2026.csv");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        assertEquals(20, feed.sink.records().size());
        assertEquals(4, feed.sink.batches.size(), "written in batches of 5");
        assertEquals(1, feed.sink.finished.size());
        assertEquals(20, feed.sink.finished.get(0).created());
        CountryRiskRow dr = feed.sink.records().stream().filter(r -> r.country().equals("CD")).findFirst().orElseThrow();
        assertEquals(0.81, dr.score(), 1e-9);
        assertEquals("SVI-2026", dr.edition());
        assertEquals("Sample Vulnerability Index (test data)", dr.source());
        assertTrue(feed.sink.records().stream().anyMatch(r -> r.country().equals("VN")), "Viet Nam is VN");
        assertTrue(feed.sink.records().stream().anyMatch(r -> r.country().equals("CI")), "Côte d'Ivoire is CI");
        assertEquals(null, feed.sink.records().stream().filter(r -> r.country().equals("FR")).findFirst().orElseThrow().region(),
                "region is optional");
    }

    @Test
    void unknownCountriesAreRejectedWithTheirLineNumbersAndTheRestGoesIn() throws Exception {
        feed.upload("country-risk", "country-risk/unknown-country.csv");

        EditionFeedHarness.Jobs.Job job = feed.jobs.only();
        assertEquals("SUCCEEDED", job.status());
        assertEquals(List.of("BD", "IN"), feed.sink.records().stream().map(CountryRiskRow::country).toList());
        List<String> rejected = rejections(job);
        assertEquals(2, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).startsWith("3: unknown country 'Atlantis'"), rejected::toString);
        assertTrue(rejected.get(1).startsWith("4: unknown country 'XX'"), rejected::toString);
    }

    @Test
    void scoresOutsideZeroToOneAndMissingFieldsAreRejected() throws Exception {
        feed.upload("country-risk", "country-risk/score-out-of-range.csv");

        EditionFeedHarness.Jobs.Job job = feed.jobs.only();
        assertEquals(List.of("BD", "MY"), feed.sink.records().stream().map(CountryRiskRow::country).toList());
        assertEquals(List.of("3: score 1.7 is outside [0, 1]", "4: score -0.1 is outside [0, 1]",
                "5: score 'high' is not a number", "6: score is missing", "7: source is missing"), rejections(job));
        assertEquals(5, job.counts().rejected());
        assertEquals(7, job.counts().read());
    }

    @Test
    void aWrongHeaderFailsTheFileBeforeAnyRowAndTheEditionIsNeverFinished() throws Exception {
        FeedImporter.Outcome outcome = feed.upload("country-risk", "country-risk/wrong-header.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("expected columns country,score,source,edition"), outcome::reason);
        assertTrue(outcome.reason().contains("separated by ';'"), outcome::reason);
        assertTrue(feed.sink.batches.isEmpty());
        assertTrue(feed.sink.finished.isEmpty());
    }

    @Test
    void aTruncatedLastLineIsRejectedAndTheRowsBeforeItGoIn() throws Exception {
        feed.upload("country-risk", "country-risk/truncated.csv");

        EditionFeedHarness.Jobs.Job job = feed.jobs.only();
        assertEquals(List.of("BD", "IN"), feed.sink.records().stream().map(CountryRiskRow::country).toList());
        RejectedRow last = job.rejected().get(0);
        assertEquals(4, last.line());
        assertTrue(last.reason().contains("a truncated line?"), last::reason);
        assertEquals(1, feed.sink.finished.size());
    }

    @Test
    void aFileThatFailsMidwayIsNeverFinishedSoItNeverBecomesAHalfEdition() throws Exception {
        feed.sink.failOnBatch = n -> n == 3 ? new IllegalStateException("database went away") : null;

        FeedImporter.Outcome outcome = feed.upload("country-risk", "country-risk/svi-2026.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertEquals(2, feed.sink.batches.size());
        assertTrue(feed.sink.finished.isEmpty(), "finish() is what makes an edition current: never after a failure");
        assertTrue(outcome.reason().contains("importing the same file again completes it"), outcome::reason);
    }

    @Test
    void aFileDroppedInTheInboxIsImportedAndMovedToDone() throws Exception {
        feed.drop("country-risk", "country-risk/svi-2026.csv");

        assertEquals("SUCCEEDED", feed.jobs.only().status());
        assertEquals(20, feed.sink.records().size());
        assertTrue(Files.exists(feed.inbox.resolve("country-risk/.done/svi-2026.csv")));
    }

    @Test
    void theSameFileTwiceIsADuplicateThatWritesNothing() throws Exception {
        feed.upload("country-risk", "country-risk/svi-2026.csv");

        FeedImporter.Outcome second = feed.upload("country-risk", "country-risk/svi-2026.csv");

        assertEquals(FeedImporter.Outcome.Status.DUPLICATE, second.status());
        assertEquals(20, feed.sink.records().size());
        assertEquals(1, feed.sink.finished.size());
    }

    @Test
    void ilabsCountryAssessmentsAsPublishedAreAProxyEditionNamedAfterTheirYear() throws Exception {
        FeedImporter.Outcome outcome = feed.upload("country-risk", "reference/ilab/countries.xml");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        assertTrue(feed.jobs.only().rejected().isEmpty(), () -> rejections(feed.jobs.only()).toString());
        List<CountryRiskRow> rows = feed.sink.records();
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
    void anUnknownAdvancementLevelIsRejectedAlone() throws Exception {
        feed.upload("country-risk", "country-risk/ilab-unknown-level.xml");

        EditionFeedHarness.Jobs.Job job = feed.jobs.only();
        assertEquals(List.of("IN"), feed.sink.records().stream().map(CountryRiskRow::country).toList());
        List<String> rejected = rejections(job);
        assertEquals(2, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).startsWith("7: Advancement_Level 'Great Advancement' is none of"), rejected::toString);
        assertEquals("12: unknown country 'Atlantis'", rejected.get(1));
    }

    private static CountryRiskRow row(List<CountryRiskRow> rows, String country) {
        return rows.stream().filter(r -> r.country().equals(country)).findFirst().orElseThrow(() -> new AssertionError(country));
    }
}
