package org.clearchain.risk;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.scoring.AppliedFloor;
import org.clearchain.scoring.Band;
import org.clearchain.scoring.Contribution;
import org.clearchain.reference.ReferenceEdition;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.scoring.SourceRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AssessmentJsonTest {

    /** Configured as the application's (application.yml): empty lists and nulls are written. */
    private final io.micronaut.serde.ObjectMapper mapper = io.micronaut.serde.ObjectMapper.create(
            java.util.Map.of("micronaut.serde.serialization.inclusion", "ALWAYS"), "org.clearchain");

    /** Every field filled, nulls where the record allows them, text that needs escaping. */
    private static final RiskAssessment FULL = new RiskAssessment("42", LocalDate.of(2026, 11, 24), "clearchain-risk-1.0",
            70.0, Band.HIGH, 34.571234, 12.3, 0.0, 22.271903670001, -0.0,
            List.of(new Contribution("I.country", "Viet Nam \"VN\"\n(South-eastern Asia)", "Walk Free GSI 2023", "gsi-2023",
                            "4.1 / 10 × 30", 12.3, LocalDate.of(2026, 11, 24)),
                    new Contribution("A.agency", "Nhân Lực Đông Á: licence REVOKED", "agency 41 (licence register)", null,
                            "agency score 100 × 0.5^(2/12)", 22.271903670001, LocalDate.of(2026, 9, 30)),
                    new Contribution("E.finding", "DEBT_BONDAGE (coercion)", "inspection 2 at site 4 (INSPECTORATE)", "v1",
                            "weight 15 × trust 1", 0.0, LocalDate.of(2026, 9, 1),
                            List.of(new SourceRecord(SourceRecord.Kind.INSPECTION, "2"))),
                    new Contribution("FLOOR.R4", "floor", "Clearchain methodology v1", "v1", "raised to 70", 35.428096329999,
                            null)),
            List.of(new AppliedFloor("FLOOR.R4", Band.HIGH, "uses an agency whose licence is REVOKED"),
                    new AppliedFloor("R1", Band.CRITICAL, "at site 4: two indicators", List.of(
                            new SourceRecord(SourceRecord.Kind.INSPECTION, "2"), new SourceRecord(SourceRecord.Kind.INSPECTION, "3")))),
            List.of("garments", "fishing"), List.of("No declaration on file."),
            List.of(new ReferenceEdition("country-risk", "Walk Free", "gsi-2023", true),
                    new ReferenceEdition("goods-list", "US DOL ILAB", "starter-2026", false)));

    private static final RiskAssessment EMPTY = new RiskAssessment("7", LocalDate.of(2026, 1, 1), "clearchain-risk-1.0",
            0, Band.LOW, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void writesWhatTheApplicationsMapperWritesAndReadsBackTheSame() throws Exception {
        for (RiskAssessment assessment : List.of(FULL, EMPTY)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AssessmentJson.write(assessment, out);
            // the mapper's output, but for the empty source records the writer leaves out
            String expected = new String(mapper.writeValueAsBytes(assessment), java.nio.charset.StandardCharsets.UTF_8)
                    .replace(",\"sourceRecords\":[]", "");

            assertEquals(mapper.readValue(expected, JsonNode.class), mapper.readValue(out.toByteArray(), JsonNode.class),
                    () -> expected + "\n" + out);
            assertEquals(assessment, mapper.readValue(out.toByteArray(), RiskAssessment.class));
        }
    }

    /** Snapshots written before contributions kept their source records read back with none. */
    @Test
    void anAssessmentWrittenBeforeSourceRecordsReadsWithNone() throws Exception {
        String older = """
                {"contributions":[{"rule":"E.finding","factor":"DEBT_BONDAGE (coercion)","source":"inspection 2 at site 4",\
                "edition":"v1","rawValue":"weight 15","points":15.0,"asOf":"2026-01-05"}],"supplierId":"7","asOf":"2026-01-05",\
                "methodologyVersion":"clearchain-risk-1.0","score":75.0,"band":"CRITICAL","scoreBeforeFloors":15.0,\
                "inherent":0.0,"evidence":15.0,"agencies":0.0,"declaration":0.0,"floors":[{"rule":"R1","band":"CRITICAL",\
                "reason":"at site 4"}],"highRiskSectors":[],"lowConfidenceReasons":[],"editionsUsed":[]}""";

        RiskAssessment read = mapper.readValue(older.getBytes(java.nio.charset.StandardCharsets.UTF_8), RiskAssessment.class);

        assertEquals(List.of(), read.contributions().get(0).sourceRecords());
        assertEquals(List.of(), read.floors().get(0).sourceRecords());
    }
}
