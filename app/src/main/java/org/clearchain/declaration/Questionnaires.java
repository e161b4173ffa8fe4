package org.clearchain.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.clearchain.common.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The versioned questionnaires of {@code schemas/json/questionnaire/v<k>.schema.json} (JSON Schema draft
 * 2020-12), loaded once, and the validation of answers against them with every failure listed.
 */
@Singleton
public class Questionnaires {

    private static final String RESOURCE = "json/questionnaire/v%d.schema.json";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<Integer, Version> versions = new TreeMap<>();

    public Questionnaires() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (int k = 1; ; k++) {
            String resource = String.format(RESOURCE, k);
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    break;
                }
                JsonNode schema = mapper.readTree(in);
                versions.put(k, new Version(k, schema, factory.getSchema(schema)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read questionnaire " + resource, e);
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("No questionnaire found on the classpath under json/questionnaire/");
        }
    }

    private record Version(int number, JsonNode schema, JsonSchema validator) {
    }

    /** A questionnaire as listed: its version and titles. */
    @Serdeable
    public record Summary(int version, String titleEn, String titleFr, String schema) {
    }

    public List<Summary> list() {
        return versions.values().stream()
                .map(v -> new Summary(v.number(), v.schema().path("title").asText(), v.schema().path("x-title-fr").asText(),
                        "/api/questionnaires/" + v.number()))
                .toList();
    }

    public boolean exists(int version) {
        return versions.containsKey(version);
    }

    public int latest() {
        return ((TreeMap<Integer, Version>) versions).lastKey();
    }

    /** The schema itself, as JSON text. */
    public Optional<String> schema(int version) {
        return Optional.ofNullable(versions.get(version)).map(v -> v.schema().toPrettyString());
    }

    /** Every way the answers fail the schema, by JSON path (e.g. {@code $.wages.paidOnTime}); empty when valid. */
    public List<Problem.FieldError> validate(int version, String answersJson) {
        JsonNode answers;
        try {
            answers = mapper.readTree(answersJson);
        } catch (IOException e) {
            return List.of(new Problem.FieldError("answers", "is not valid JSON"));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ValidationMessage message : versions.get(version).validator().validate(answers)) {
            String location = message.getInstanceLocation().toString();
            String field = "answers" + (location.startsWith("$") ? location.substring(1) : "." + location);
            errors.add(new Problem.FieldError(field, message.getMessage().replaceFirst("^\\$[^:]*: ", "")));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return errors;
    }
}
