package org.clearchain.risk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.clearchain.scoring.AppliedFloor;
import org.clearchain.scoring.Contribution;
import org.clearchain.reference.ReferenceEdition;
import org.clearchain.scoring.RiskAssessment;
import org.clearchain.scoring.SourceRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an assessment as the JSON that {@code JsonMapper} reads back into a {@link RiskAssessment}, straight onto
 * a stream. Through the application's mapper, serialising was the largest part of writing a first scoring's
 * 100,000 snapshots; this writes the same fields, nulls included as the mapper is configured to ({@code inclusion: ALWAYS}), several
 * times faster. Only an empty {@code sourceRecords} is left out, which reads back as the same empty list.
 * {@code AssessmentJsonTest} holds it to the mapper's output, so a field added to the record is not lost here.
 */
final class AssessmentJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private AssessmentJson() {
    }

    static void write(RiskAssessment a, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("supplierId", a.supplierId());
            date(g, "asOf", a.asOf());
            g.writeStringField("methodologyVersion", a.methodologyVersion());
            g.writeNumberField("score", a.score());
            g.writeStringField("band", a.band().name());
            g.writeNumberField("scoreBeforeFloors", a.scoreBeforeFloors());
            g.writeNumberField("inherent", a.inherent());
            g.writeNumberField("evidence", a.evidence());
            g.writeNumberField("agencies", a.agencies());
            g.writeNumberField("declaration", a.declaration());
            g.writeArrayFieldStart("contributions");
            for (Contribution c : a.contributions()) {
                g.writeStartObject();
                string(g, "rule", c.rule());
                string(g, "factor", c.factor());
                string(g, "source", c.source());
                string(g, "edition", c.edition());
                string(g, "rawValue", c.rawValue());
                g.writeNumberField("points", c.points());
                date(g, "asOf", c.asOf());
                sourceRecords(g, c.sourceRecords());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("floors");
            for (AppliedFloor f : a.floors()) {
                g.writeStartObject();
                string(g, "rule", f.rule());
                g.writeStringField("band", f.band().name());
                string(g, "reason", f.reason());
                sourceRecords(g, f.sourceRecords());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "highRiskSectors", a.highRiskSectors());
            strings(g, "lowConfidenceReasons", a.lowConfidenceReasons());
            g.writeArrayFieldStart("editionsUsed");
            for (ReferenceEdition e : a.editionsUsed()) {
                g.writeStartObject();
                string(g, "dataset", e.dataset());
                string(g, "source", e.source());
                string(g, "edition", e.edition());
                g.writeBooleanField("verified", e.verified());
                g.writeBooleanField("proxy", e.proxy());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Left out when empty, as for most lines: a missing list reads back empty, and every snapshot stays smaller. */
    private static void sourceRecords(JsonGenerator g, List<SourceRecord> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("sourceRecords");
        for (SourceRecord r : records) {
            g.writeStartObject();
            g.writeStringField("kind", r.kind().name());
            string(g, "id", r.id());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, value);
    }

    private static void date(JsonGenerator g, String name, java.time.LocalDate value) throws IOException {
        g.writeStringField(name, value == null ? null : value.toString());
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
