package org.clearchain.risk;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.scoring.AppliedFloor;
import org.clearchain.scoring.Band;
import org.clearchain.scoring.Contribution;
import org.clearchain.scoring.ReferenceEdition;
import org.clearchain.scoring.RiskAssessment;
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
                    new Contribution("FLOOR.R4", "floor", "Clearchain methodology v1", "v1", "raised to 70", 35.428096329999,
                            null)),
            List.of(new AppliedFloor("FLOOR.R4", Band.HIGH, "uses an agency whose licence is REVOKED")),
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
            String expected = new String(mapper.writeValueAsBytes(assessment), java.nio.charset.StandardCharsets.UTF_8);

            assertEquals(mapper.readValue(mapper.writeValueAsBytes(assessment), JsonNode.class),
                    mapper.readValue(out.toByteArray(), JsonNode.class),
                    () -> expected + "\n" + out);
            assertEquals(assessment, mapper.readValue(out.toByteArray(), RiskAssessment.class));
        }
    }
}
