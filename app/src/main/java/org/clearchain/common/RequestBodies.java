package org.clearchain.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.jackson.JacksonDecoder;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON request bodies under the input rules of {@link StrictDecoder}, answering a 400 that names the field at
 * fault (as {@code attestation.name} or {@code sectors[1]}) and says what it must be, never which Java type refused it.
 */
@Singleton
public class RequestBodies {

    /** Deeper than any body the API takes (questionnaire answers included), far below what could exhaust a stack. */
    static final int MAX_DEPTH = 64;

    private static final Pattern ONE_OF = Pattern.compile("Expected one of \\[([^\\]]*)]");
    private static final Pattern EXPECTED_TOKEN = Pattern.compile("expected (START_OBJECT|START_ARRAY|VALUE_STRING|VALUE_NUMBER_INT|VALUE_NUMBER_FLOAT|VALUE_TRUE|VALUE_FALSE)");
    private static final Pattern REQUIRED_PARAMETER = Pattern.compile("[Rr]equired (?:constructor )?(?:parameter|property) \\[(\\w+)]");

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private final SerdeRegistry registry;
    private final JsonMapper json;
    private final LimitingStream.RemainingLimits limits;

    RequestBodies(SerdeRegistry registry, JsonMapper json, SerdeConfiguration configuration) {
        this.registry = registry;
        this.json = json;
        this.limits = LimitingStream.limitsFromConfiguration(configuration);
    }

    public <T> T read(InputStream body, Argument<T> type) {
        try (JsonParser parser = factory.createParser(body)) {
            return read(parser, type);
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "could not be read: " + e.getClass().getSimpleName().replace("Exception", ""));
        }
    }

    /** A body first taken as a tree (to look at its field names, say) and now read as its type, under the same rules. */
    public <T> T read(JsonNode tree, Class<T> type) {
        try {
            return read(new ByteArrayInputStream(json.writeValueAsBytes(tree)), Argument.of(type));
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "could not be read");
        }
    }

    private <T> T read(JsonParser parser, Argument<T> type) throws IOException {
        try {
            Decoder decoder = new StrictDecoder(JacksonDecoder.create(parser, limits));
            Deserializer.DecoderContext context = registry.newDecoderContext(null);
            Deserializer<? extends T> deserializer = registry.findDeserializer(type).createSpecific(context, type);
            T value = deserializer.deserializeNullable(decoder, context, type);
            if (parser.nextToken() != null) {
                throw ProblemException.invalidField("body", "has more after the end of its JSON value; send one JSON object");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw tooDeep();
        } catch (JsonProcessingException e) {
            throw ProblemException.invalidField("body", "is not valid JSON: " + syntaxError(e));
        } catch (RefusedValue e) {
            String field = field(parser.getParsingContext());
            throw ProblemException.invalidField(e.within().isEmpty() ? field : join(field, e.within()), e.getMessage());
        } catch (IOException e) {
            if (causedBy(e, StreamConstraintsException.class)) {
                throw tooDeep();
            }
            throw refusedByType(parser, e.getMessage());
        }
    }

    private static ProblemException tooDeep() {
        return ProblemException.invalidField("body", "is nested too deeply: JSON bodies may nest at most " + MAX_DEPTH + " levels");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Serde's own messages name Java types and parser tokens; say instead what the field needs. */
    private static ProblemException refusedByType(JsonParser parser, String message) {
        String text = message == null ? "" : message;
        String field = field(parser.getParsingContext());
        Matcher required = REQUIRED_PARAMETER.matcher(text);
        if (required.find()) {
            return ProblemException.invalidField(join(field, required.group(1)), "is required");
        }
        Matcher oneOf = ONE_OF.matcher(text);
        if (oneOf.find()) {
            return ProblemException.invalidField(field, "must be one of " + oneOf.group(1).strip());
        }
        Matcher token = EXPECTED_TOKEN.matcher(text);
        if (token.find()) {
            return ProblemException.invalidField(field, switch (token.group(1)) {
                case "START_OBJECT" -> "must be a JSON object ({ … })";
                case "START_ARRAY" -> "must be a list ([ … ])";
                case "VALUE_STRING" -> "must be text in double quotes";
                case "VALUE_NUMBER_INT" -> "must be a whole number";
                case "VALUE_NUMBER_FLOAT" -> "must be a number";
                default -> "must be true or false";
            });
        }
        if (text.contains("could not be parsed")) {
            return ProblemException.invalidField(field, "is not a valid date; write dates as YYYY-MM-DD");
        }
        if (text.toLowerCase().contains("null")) {
            return ProblemException.invalidField(field, "must not be null");
        }
        return ProblemException.invalidField(field, "has a value of the wrong type or format");
    }

    private static String syntaxError(JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (String cut : new String[] {" (start marker", "\n", " at [Source"}) {
            int at = reason.indexOf(cut);
            if (at > 0) {
                reason = reason.substring(0, at);
            }
        }
        JsonLocation location = e.getLocation();
        return reason.strip() + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
    }

    private static String field(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        // a body that is a list where an object is expected: the body itself is at fault, not its first item
        return path.isEmpty() || path.startsWith("[") ? "body" : path.substring(1);
    }

    private static String join(String parent, String child) {
        return "body".equals(parent) ? child : parent + "." + child;
    }
}
