package org.clearchain.integrations.goodslist;

import org.clearchain.integrations.feed.EditionFeedHarness;
import org.clearchain.integrations.feed.FeedImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goods-list route without the application: the ILAB CSV and JSON lines, bad rows named by line. */
class GoodsListRouteTest {

    private EditionFeedHarness<ListedGood> feed;

    @BeforeEach
    void start() throws Exception {
        feed = new EditionFeedHarness<>(1000, (sink, countries, settings, importer, pulls, clock) ->
                new GoodsListRoute(sink::open, countries, settings, importer, pulls, clock));
    }

    @AfterEach
    void stop() throws Exception {
        feed.close();
    }

    private static List<String> rejections(EditionFeedHarness.Jobs.Job job) {
        return job.rejected().stream().map(r -> r.line() + ": " + r.reason()).toList();
    }

    @Test
    void theIlabCsvIsReadWithItsCountryNamesAndXMarks() throws Exception {
        FeedImporter.Outcome outcome = feed.upload("goods-list", "goods-list/ilab-sample.csv");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        List<ListedGood> goods = feed.sink.records();
        assertEquals(18, goods.size());
        assertTrue(goods.contains(new ListedGood("MM", "Jade", true, true)), "Burma is MM");
        assertTrue(goods.contains(new ListedGood("CD", "Cobalt Ore (heterogenite)", true, false)), goods::toString);
        assertTrue(goods.contains(new ListedGood("CN", "Cotton", false, true)));
        assertTrue(goods.contains(new ListedGood("CI", "Cocoa", true, true)));
        assertEquals(1, feed.sink.finished.size());
        assertTrue(feed.jobs.only().rejected().isEmpty());
    }

    @Test
    void jsonLinesOfTheSameRowsAreReadTooAndABrokenLineIsRejected() throws Exception {
        feed.upload("goods-list", "goods-list/ilab-sample.jsonl");

        EditionFeedHarness.Jobs.Job job = feed.jobs.only();
        assertEquals("SUCCEEDED", job.status());
        assertEquals(List.of(new ListedGood("BD", "Bricks", true, true), new ListedGood("MM", "Jade", true, true),
                new ListedGood("MY", "Palm Oil", false, true)), feed.sink.records());
        assertEquals(List.of("5: unknown country 'Atlantis'", "6: the line is not valid JSON (a truncated line?)"),
                rejections(job));
    }

    @Test
    void unknownCountriesMissingGoodsAndUnreadableMarksAreRejectedWithTheirLineNumbers() throws Exception {
        feed.upload("goods-list", "goods-list/unknown-country.csv");

        EditionFeedHarness.Jobs.Job job = feed.jobs.only();
        assertEquals(List.of("BD", "IN"), feed.sink.records().stream().map(ListedGood::country).toList());
        assertEquals(List.of("3: unknown country 'Atlantis'", "4: Good is missing", "5: Child Labor 'yes' is neither X nor empty",
                "6: neither Child Labor nor Forced Labor is marked: the row lists nothing"), rejections(job));
    }

    @Test
    void aWrongHeaderFailsTheFileAndNothingIsWritten() throws Exception {
        FeedImporter.Outcome outcome = feed.upload("goods-list", "goods-list/wrong-header.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("Country,Good,Child Labor,Forced Labor"), outcome::reason);
        assertTrue(feed.sink.batches.isEmpty());
        assertTrue(feed.sink.finished.isEmpty());
    }

    @Test
    void aTruncatedLastLineIsRejectedAndTheRestIsTheEdition() throws Exception {
        feed.drop("goods-list", "goods-list/truncated.csv");

        EditionFeedHarness.Jobs.Job job = feed.jobs.only();
        assertEquals("SUCCEEDED", job.status());
        assertEquals(2, feed.sink.records().size());
        assertEquals(4, job.rejected().get(0).line());
        assertTrue(job.rejected().get(0).reason().contains("the row has 2 fields"), rejections(job)::toString);
        assertTrue(Files.exists(feed.inbox.resolve("goods-list/.done/truncated.csv")));
        assertFalse(feed.sink.finished.isEmpty());
    }

    @Test
    void ilabsGoodsXmlAsPublishedIsOneRowPerGoodAndCountry() throws Exception {
        FeedImporter.Outcome outcome = feed.upload("goods-list", "reference/ilab/goods.xml");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        List<ListedGood> goods = feed.sink.records();
        assertEquals(457, goods.size(), "467 entries, 10 of them derived labour exploitation only");
        assertTrue(goods.contains(new ListedGood("BD", "Garments", true, true)), "Bangladesh, garments: both");
        assertTrue(goods.contains(new ListedGood("MM", "Jade", true, true)), "Burma is MM");
        assertTrue(goods.contains(new ListedGood("TR", "Hazelnuts", true, false)), "Turkey (Türkiye) is TR");
        assertTrue(goods.contains(new ListedGood("BR", "A\u00e7a\u00ed Berries", true, false)),
                "ILAB's combining accents are read as one character each");
        assertTrue(goods.contains(new ListedGood("IN", "Rice", true, true)), "Forced_Child_Labor counts as both");
        assertEquals(121, goods.stream().filter(ListedGood::forcedLabour).count(), "121 entries are forced labour");
        List<String> rejected = rejections(feed.jobs.only());
        assertEquals(10, rejected.size(), rejected::toString);
        assertTrue(rejected.stream().allMatch(r -> r.contains("derived labour exploitation only")), rejected::toString);
    }

    @Test
    void anXmlFileThatIsNotIlabsListFailsWhole() throws Exception {
        FeedImporter.Outcome outcome = feed.upload("goods-list", "goods-list/not-ilab.xml");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("root element is <CONSOLIDATED_LIST>"), outcome::reason);
        assertTrue(feed.sink.batches.isEmpty());
    }

    @Test
    void anXmlFileWithADoctypeIsRefusedBeforeAnyRow() throws Exception {
        FeedImporter.Outcome outcome = feed.upload("goods-list", "goods-list/doctype.xml");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("DOCTYPE"), outcome::reason);
        assertTrue(feed.sink.batches.isEmpty());
    }
}
