package org.clearchain.integrations.inspections;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.clearchain.integrations.feed.FeedFormat;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.TextLines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JSON lines, one inspection per line, each checked against the inspection schema before anything else reads it:
 * a line that is not one JSON object (a truncated last line, two objects on a line, a duplicate key) or breaks the
 * schema is refused with its line number and every schema error; blank lines are skipped. Referrals of suspected
 * victims are not part of the schema: a line carrying them is refused, saying so, and nothing of it is imported.
 */
public final class InspectionLinesFormat implements FeedFormat<InspectionLine> {

    static final String SCHEMA = "json/inspection/v1.schema.json";
    private static final int MAX_ERRORS = 10;
    private static final Set<String> REFERRAL_FIELDS = Set.of("referrals", "referral", "victims", "persons", "people");

    private final ObjectReader reader;
    private final JsonSchema schema;

    public InspectionLinesFormat() {
        ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        reader = mapper.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (InputStream in = InspectionLinesFormat.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("The inspection schema is missing from the classpath: " + SCHEMA);
            }
            // format "date" is only an annotation in draft 2020-12 unless asserted: a visit on 2026-02-30 is refused
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCHEMA, e);
        }
    }

    @Override
    public RecordStream<InspectionLine> open(InputStream in) {
        return new TextLines<>(in, this::read);
    }

    /** The line as a record, or the reason it is refused. */
    FeedLine<InspectionLine> read(long number, String text) {
        JsonNode node;
        try {
            node = reader.readTree(text);
        } catch (JsonProcessingException e) {
            return new FeedLine.Refused<>(number, text, "the line is not one JSON object: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) {
            return new FeedLine.Refused<>(number, text, "the line is not one JSON object");
        }
        String referrals = REFERRAL_FIELDS.stream().filter(node::has).sorted().collect(Collectors.joining(", "));
        Set<ValidationMessage> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            String prefix = referrals.isEmpty() ? "" : "referral data (" + referrals + ") is never imported, to protect the"
                    + " identity of the people referred: send the inspection without it; ";
            List<String> messages = errors.stream().map(ValidationMessage::getMessage).sorted().toList();
            String listed = messages.stream().limit(MAX_ERRORS).collect(Collectors.joining("; "));
            String more = messages.size() > MAX_ERRORS ? "; and " + (messages.size() - MAX_ERRORS) + " more" : "";
            return new FeedLine.Refused<>(number, text, prefix + "the line does not match the inspection schema v1: "
                    + listed + more);
        }
        JsonNode source = node.get("source");
        return new FeedLine.Accepted<>(number, text, new InspectionLine(source.get("system").asText(),
                source.get("inspectionId").asText(), node.toString()));
    }
}
