package org.clearchain.integrations.inspections;

import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FeedRoute;
import org.clearchain.integrations.testing.FeedRouteTestSupport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspections route: JSON lines checked against the inspection schema before any reaches the sink. */
class InspectionsRouteTest extends FeedRouteTestSupport<InspectionLine> {

    @Override
    protected FeedRoute<InspectionLine> route() {
        return new InspectionsRoute(sink::open, settings(), importer(3), pulls, clock);
    }

    @Test
    void everyLineOfAnExportReachesTheSinkWithItsKey() {
        FeedImporter.Outcome outcome = upload("inspections/inspectorate-export.jsonl");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        assertEquals(3, outcome.counts().read());
        assertEquals(List.of("ITSS-AL-2024-0193", "ITSS-AL-2024-0231", "ITSS-AL-2024-0302"),
                sink.records().stream().map(InspectionLine::inspectionId).toList());
        assertEquals("inspection-es-2024", sink.records().get(0).system());
        assertTrue(sink.records().get(0).json().contains("RETENTION_OF_IDENTITY_DOCUMENTS"));
    }

    @Test
    void badLinesAreRefusedWithTheirLineNumbersAndSchemaErrors() {
        FeedImporter.Outcome outcome = upload("inspections/malformed.jsonl");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        assertEquals(List.of(1L, 7L), sink.received.stream().map(l -> l.line()).toList(), "the good lines go on");
        Map<Long, String> refused = jobs.job(outcome.jobId()).rejected.stream()
                .collect(Collectors.toMap(r -> r.line(), r -> r.reason()));
        assertEquals(List.of(2L, 4L, 5L, 6L, 8L), refused.keySet().stream().sorted().toList(), refused::toString);
        assertTrue(refused.get(2L).contains("does not match the inspection schema v1")
                && refused.get(2L).contains("/findings/0/indicator") && refused.get(2L).contains("workersAffected"), refused.get(2L));
        assertTrue(refused.get(4L).startsWith("the line is not one JSON object"), refused.get(4L));
        assertTrue(refused.get(5L).startsWith("referral data (referrals) is never imported"), refused.get(5L));
        assertTrue(refused.get(6L).contains("visitDate") && refused.get(6L).contains("full-date"), refused.get(6L));
        assertTrue(refused.get(8L).startsWith("the line is not one JSON object"), refused.get(8L));
    }

    @Test
    void twoObjectsOnOneLineOrADuplicateKeyAreNotOneInspection() {
        InspectionLinesFormat format = new InspectionLinesFormat();

        var twoObjects = format.read(1, "{\"schemaVersion\":1} {\"schemaVersion\":1}");
        var duplicateKey = format.read(2, "{\"schemaVersion\":1,\"schemaVersion\":2}");

        assertFalse(twoObjects instanceof org.clearchain.integrations.feed.FeedLine.Accepted, twoObjects::toString);
        assertTrue(duplicateKey.toString().contains("Duplicate field 'schemaVersion'"), duplicateKey::toString);
    }

    @Test
    void anEmptyFileReadsNoLine() throws Exception {
        java.nio.file.Path empty = java.nio.file.Files.createTempFile("empty", ".jsonl");
        java.nio.file.Files.writeString(empty, "\n\n");

        FeedImporter.Outcome outcome = upload(empty);

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::toString);
        assertEquals(0, outcome.counts().read());
    }
}
