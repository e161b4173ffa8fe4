package org.clearchain.integrations.facilitylist;

import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.feed.RejectedRow;
import org.clearchain.integrations.testing.FeedRouteTestSupport;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facility-list route reading real Open Supply Hub lists, and the malformed ones it must not take. */
class FacilityListRouteTest extends FeedRouteTestSupport<Facility> {

    @Override
    protected FeedRoute<Facility> route() {
        return new FacilityListRoute(sink::open, settings(), importer(3), pulls, clock);
    }

    @Test
    void aGeocodedOpenSupplyHubListIsReadWithItsCoordinates() {
        FeedImporter.Outcome outcome = upload("facility-list/open-supply-hub-geocoded.csv");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        assertEquals(6, outcome.counts().read());
        assertEquals(0, outcome.counts().rejected());
        Facility first = sink.records().get(0);
        assertEquals("CHINA", first.country(), "the country stays as written for the sink to resolve");
        assertEquals("WENZHOU JIETU(AOLUN) SHOES FACTORY", first.name());
        assertEquals("NO.8 SHUANGBAO WEST ROAD, OUHAI ECONOMIC DEVELOPM P.C. 325014, WENZHOU, CHINA", first.address());
        assertEquals(List.of("Apparel"), first.sectors());
        assertEquals(new BigDecimal("27.965420"), first.latitude());
        assertEquals(new BigDecimal("120.657680"), first.longitude());
        assertEquals(2, sink.received.get(0).line());
        assertEquals(new BigDecimal("29.750568"), sink.records().get(5).latitude(), "rounded to the six decimals a site keeps");
    }

    @Test
    void aListWithoutCoordinatesAndWithoutAFinalNewlineIsReadToItsLastRow() {
        FeedImporter.Outcome outcome = upload("facility-list/open-supply-hub-countries.csv");

        assertEquals(14, outcome.counts().read(), outcome::toString);
        assertEquals(0, outcome.counts().rejected());
        Facility last = sink.records().get(13);
        assertEquals("Myanmar Solamoda Garments Co. Ltd.", last.name());
        assertNull(last.latitude());
        assertEquals("UAE", sink.records().get(9).country());
    }

    @Test
    void badRowsAreRefusedWithTheirLineNumbersAndTheRestGoesIn() {
        FeedImporter.Outcome outcome = upload("facility-list/bad-rows.csv");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        List<String> refused = jobs.job(outcome.jobId()).rejected.stream()
                .map(r -> r.line() + ": " + r.reason()).toList();
        assertEquals(5, refused.size(), refused::toString);
        assertTrue(refused.get(0).startsWith("3: lat 122.485429 is out of range"), refused::toString);
        assertTrue(refused.get(1).startsWith("4: name is missing"), refused::toString);
        assertTrue(refused.get(2).startsWith("5: lat and lng go together"), refused::toString);
        assertTrue(refused.get(3).startsWith("6: lat,lng 0,0"), refused::toString);
        assertTrue(refused.get(4).startsWith("9: the rest of the file cannot be read"), refused::toString);
        assertEquals(List.of("WENZHOU JIETU(AOLUN) SHOES FACTORY", "Poseidon Garments Ltd", "YK SHOES CO., LTD"),
                sink.records().stream().map(Facility::name).toList(), "an unknown country is for the sink to refuse");
    }

    @Test
    void aTruncatedLastLineWithoutAQuoteIsRefusedAlone() throws Exception {
        Path file = Files.createTempFile("truncated", ".csv");
        Files.writeString(file, "country,name,address,sector,lat,lng\r\n"
                + "CHINA,JIAXING ZHUOCHEN TRADE CO LTD,NO.1446 TUDIAN ROAD TONGXIANG CITY ZHEJIANG PROVINCE CHINA,Apparel,30.62425,120.56852\r\n"
                + "CHINA,NINGBO HUAYI GARMENTS CO LTD,NO.11 DONGQIAN");

        FeedImporter.Outcome outcome = upload(file);

        RejectedRow refused = jobs.job(outcome.jobId()).rejected.get(0);
        assertEquals(3, refused.line());
        assertTrue(refused.reason().contains("a truncated line?"), refused::toString);
        assertEquals(1, sink.records().size());
    }

    @Test
    void optionalColumnsAreReadAndOthersReadPast() {
        FeedImporter.Outcome outcome = upload("facility-list/richer-columns.csv");

        assertEquals(0, outcome.counts().rejected(), () -> jobs.job(outcome.jobId()).rejected.toString());
        Facility shoes = sink.records().get(0);
        assertEquals("CN2019303BQ3FZP", shoes.openSupplyHubId());
        assertEquals(1200, shoes.workers());
        assertEquals(List.of("Apparel", "Footwear"), shoes.sectors());
        assertNull(sink.records().get(1).workers(), "a range of workers is not one figure");
        assertNull(sink.records().get(2).openSupplyHubId());
    }

    @Test
    void aHeaderSplitBySemicolonsFailsTheFileBeforeAnyRow() {
        FeedImporter.Outcome outcome = upload("facility-list/wrong-header.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("missing country,name,address,sector")
                && outcome.reason().contains("separated by ';'"), outcome.reason());
        assertTrue(sink.received.isEmpty());
    }

    @Test
    void theSameFileTwiceIsADuplicate() {
        upload("facility-list/open-supply-hub-geocoded.csv");

        FeedImporter.Outcome again = upload("facility-list/open-supply-hub-geocoded.csv");

        assertEquals(FeedImporter.Outcome.Status.DUPLICATE, again.status());
        assertEquals(6, sink.received.size());
    }

    @Test
    void aListDroppedInTheInboxIsImportedAndMovedToDone() throws Exception {
        Path inbox = drop("facility-list/open-supply-hub-countries.csv", "countries.csv");

        assertEquals(14, sink.received.size());
        assertTrue(Files.exists(inbox.resolve(".done/countries.csv")));
        MemoryImportJobs.Job job = jobs.job(1);
        assertEquals(7L, job.request.organisationId(), "imported for the configured organisation");
    }
}
