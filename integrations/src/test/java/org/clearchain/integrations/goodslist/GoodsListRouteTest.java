package org.clearchain.integrations.goodslist;

import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.testing.FeedRouteTestSupport;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The goods-list route without the application: ILAB's goods.xml, CSV and JSON lines, bad rows named by line. */
class GoodsListRouteTest extends FeedRouteTestSupport<ListedGood> {

    @Override
    protected FeedRoute<ListedGood> route() {
        return new GoodsListRoute(sink::open, settings(), importer(1000), pulls, clock);
    }

    private static List<String> rejections(MemoryImportJobs.Job job) {
        return job.rejected.stream().map(r -> r.line() + ": " + r.reason()).toList();
    }

    @Test
    void theIlabCsvIsReadWithItsCountryNamesAndXMarks() {
        FeedImporter.Outcome outcome = upload("goods-list/ilab-sample.csv");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        List<ListedGood> goods = sink.records();
        assertEquals(18, goods.size());
        assertTrue(goods.contains(new ListedGood("MM", "Jade", true, true)), "Burma is MM");
        assertTrue(goods.contains(new ListedGood("CD", "Cobalt Ore (heterogenite)", true, false)), goods::toString);
        assertTrue(goods.contains(new ListedGood("CN", "Cotton", false, true)));
        assertTrue(goods.contains(new ListedGood("CI", "Cocoa", true, true)));
        assertEquals(1, sink.finished.size());
        assertTrue(jobs.only().rejected.isEmpty());
    }

    @Test
    void jsonLinesOfTheSameRowsAreReadTooAndABrokenLineIsRejected() {
        upload("goods-list/ilab-sample.jsonl");

        MemoryImportJobs.Job job = jobs.only();
        assertEquals("SUCCEEDED", job.status);
        assertEquals(List.of(new ListedGood("BD", "Bricks", true, true), new ListedGood("MM", "Jade", true, true),
                new ListedGood("MY", "Palm Oil", false, true)), sink.records());
        assertEquals(List.of("5: unknown country 'Atlantis'", "6: the line is not valid JSON (a truncated line?)"),
                rejections(job));
    }

    @Test
    void unknownCountriesMissingGoodsAndUnreadableMarksAreRejectedWithTheirLineNumbers() {
        upload("goods-list/unknown-country.csv");

        MemoryImportJobs.Job job = jobs.only();
        assertEquals(List.of("BD", "IN"), sink.records().stream().map(ListedGood::country).toList());
        assertEquals(List.of("3: unknown country 'Atlantis'", "4: Good is missing", "5: Child Labor 'yes' is neither X nor empty",
                "6: neither Child Labor nor Forced Labor is marked: the row lists nothing"), rejections(job));
    }

    @Test
    void aWrongHeaderFailsTheFileAndNothingIsWritten() {
        FeedImporter.Outcome outcome = upload("goods-list/wrong-header.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("Country,Good,Child Labor,Forced Labor"), outcome::reason);
        assertTrue(sink.batches.isEmpty());
        assertTrue(sink.finished.isEmpty());
    }

    @Test
    void aTruncatedLastLineIsRejectedAndTheRestIsTheEdition() {
        drop("goods-list/truncated.csv");

        MemoryImportJobs.Job job = jobs.only();
        assertEquals("SUCCEEDED", job.status);
        assertEquals(2, sink.records().size());
        assertEquals(4, job.rejected.get(0).line());
        assertTrue(job.rejected.get(0).reason().contains("the row has 2 fields"), rejections(job)::toString);
        assertTrue(Files.exists(inboxOfFeed().resolve(".done/truncated.csv")));
        assertFalse(sink.finished.isEmpty());
    }

    @Test
    void ilabsGoodsXmlAsPublishedIsOneRowPerGoodAndCountry() {
        FeedImporter.Outcome outcome = upload("reference/ilab/goods.xml");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        List<ListedGood> goods = sink.records();
        assertEquals(457, goods.size(), "467 entries, 10 of them derived labour exploitation only");
        assertTrue(goods.contains(new ListedGood("BD", "Garments", true, true)), "Bangladesh, garments: both");
        assertTrue(goods.contains(new ListedGood("MM", "Jade", true, true)), "Burma is MM");
        assertTrue(goods.contains(new ListedGood("TR", "Hazelnuts", true, false)), "Turkey (Türkiye) is TR");
        assertTrue(goods.contains(new ListedGood("BR", "A\u00e7a\u00ed Berries", true, false)),
                "ILAB's combining accents are read as one character each");
        assertTrue(goods.contains(new ListedGood("IN", "Rice", true, true)), "Forced_Child_Labor counts as both");
        assertEquals(121, goods.stream().filter(ListedGood::forcedLabour).count(), "121 entries are forced labour");
        List<String> rejected = rejections(jobs.only());
        assertEquals(10, rejected.size(), rejected::toString);
        assertTrue(rejected.stream().allMatch(r -> r.contains("derived labour exploitation only")), rejected::toString);
    }

    @Test
    void anXmlFileThatIsNotIlabsListFailsWhole() {
        FeedImporter.Outcome outcome = upload("goods-list/not-ilab.xml");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("root element is <CONSOLIDATED_LIST>"), outcome::reason);
        assertTrue(sink.batches.isEmpty());
    }

    @Test
    void anXmlFileWithADoctypeIsRefusedBeforeAnyRow() {
        FeedImporter.Outcome outcome = upload("goods-list/doctype.xml");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("DOCTYPE"), outcome::reason);
        assertTrue(sink.batches.isEmpty());
    }
}
