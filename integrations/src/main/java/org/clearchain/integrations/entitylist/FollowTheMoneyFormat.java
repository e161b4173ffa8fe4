package org.clearchain.integrations.entitylist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clearchain.integrations.country.CountryNames;
import org.clearchain.integrations.feed.FeedFormat;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.TextLines;
import org.clearchain.integrations.text.Ellipsis;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * FollowTheMoney entities, one JSON object a line ({@code {"id", "schema", "properties": {prop: [values…]}}}), as
 * OpenSanctions publishes its data. Companies, organisations, legal entities, people, vessels and aircraft are
 * entries; an Address is remembered for the entities that refer to it by id (its country), and other schemas
 * (Payment, Ownership, Sanction…) are passed over. The list is the entity's first dataset ({@code datasets}), or
 * {@code FtM} when the file names none; a dataset whose name says forced labour (UFLPA, withhold-release orders)
 * is a forced-labour list.
 */
final class FollowTheMoneyFormat implements FeedFormat<ListedEntry> {

    static final String DEFAULT_LIST = "FtM";
    private static final int ADDRESSES_REMEMBERED = 1_000_000;
    private static final Set<String> ENTRIES = Set.of("Company", "Organization", "LegalEntity", "Person", "PublicBody",
            "Vessel", "Airplane");
    private static final List<String> NAMES = List.of("name", "alias", "previousName", "weakAlias", "abbreviation");
    private static final List<String> COUNTRIES = List.of("country", "jurisdiction", "nationality", "citizenship",
            "mainCountry", "registrationCountry", "flag");
    private static final List<String> IDENTIFIERS = List.of("registrationNumber", "taxNumber", "idNumber", "innCode",
            "ogrnCode", "leiCode", "vatCode", "dunsCode", "swiftBic", "imoNumber", "passportNumber", "uniqueEntityId",
            "okpoCode", "icijId");
    private static final Pattern FORCED_LABOUR = Pattern.compile("(?i).*(forced[_ -]?lab|uflpa|withhold).*");

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public RecordStream<ListedEntry> open(InputStream in) {
        return new TextLines<>(in, new Entities()::read);
    }

    /** One file's reading: the addresses seen so far, by id, for the entities that refer to them. */
    private final class Entities {

        private final Map<String, List<String>> addressCountries = new HashMap<>();

        /** The line as an entry, a refusal, or null for an entity that is not an entry (remembered if an Address). */
        private FeedLine<ListedEntry> read(long number, String line) {
            JsonNode entity;
            try {
                entity = json.readTree(line);
            } catch (JsonProcessingException e) {
                return new FeedLine.Refused<>(number, line, "not a JSON object (a truncated line?): "
                        + e.getOriginalMessage());
            }
            if (entity == null || !entity.isObject()) {
                return new FeedLine.Refused<>(number, line, "not a JSON object");
            }
            String id = entity.path("id").asText("");
            String schema = entity.path("schema").asText("");
            if (id.isEmpty() || schema.isEmpty()) {
                return new FeedLine.Refused<>(number, line, "an entity needs an id and a schema");
            }
            JsonNode properties = entity.path("properties");
            if ("Address".equals(schema)) {
                if (addressCountries.size() < ADDRESSES_REMEMBERED) {
                    addressCountries.put(id, countries(values(properties, "country")));
                }
                return null;
            }
            if (!ENTRIES.contains(schema)) {
                return null;
            }
            List<String> names = new ArrayList<>();
            NAMES.forEach(p -> names.addAll(values(properties, p)));
            if (names.isEmpty()) {
                return new FeedLine.Refused<>(number, line, schema + " " + id + " has no name");
            }
            List<String> countries = new ArrayList<>();
            COUNTRIES.forEach(p -> countries.addAll(countries(values(properties, p))));
            for (String address : values(properties, "addressEntity")) {
                countries.addAll(addressCountries.getOrDefault(address, List.of()));
            }
            List<ListedEntry.Identifier> identifiers = new ArrayList<>();
            IDENTIFIERS.forEach(p -> values(properties, p).forEach(v -> identifiers.add(new ListedEntry.Identifier(p, v))));
            List<String> datasets = values(entity, "datasets");
            String list = datasets.isEmpty() ? DEFAULT_LIST : datasets.get(0);
            ListedEntry.Kind kind = switch (schema) {
                case "Person" -> ListedEntry.Kind.PERSON;
                case "Vessel" -> ListedEntry.Kind.VESSEL;
                case "Airplane" -> ListedEntry.Kind.AIRCRAFT;
                default -> ListedEntry.Kind.ENTITY;
            };
            List<String> programme = new ArrayList<>(values(properties, "program"));
            programme.addAll(values(properties, "topics"));
            List<String> notes = new ArrayList<>(values(properties, "notes"));
            notes.addAll(values(properties, "summary"));
            String remarks = String.join(" ", notes);
            String raw = Ellipsis.cut(line, 500);
            return new FeedLine.Accepted<>(number, raw, new ListedEntry(list, id, kind, names.get(0),
                    names.subList(1, names.size()), countries, identifiers, FORCED_LABOUR.matcher(list).matches(),
                    String.join(", ", programme), Ellipsis.cut(remarks, 2000)));
        }

        private static List<String> values(JsonNode node, String field) {
            JsonNode array = node.path(field);
            List<String> values = new ArrayList<>();
            if (array.isArray()) {
                array.forEach(v -> {
                    if (v.isValueNode() && !v.asText().isBlank()) {
                        values.add(v.asText().strip());
                    }
                });
            } else if (array.isValueNode() && !array.asText().isBlank()) {
                values.add(array.asText().strip());
            }
            return values;
        }

        private static List<String> countries(List<String> values) {
            List<String> codes = new ArrayList<>();
            values.forEach(v -> CountryNames.bundled().codeFor(v).ifPresent(codes::add));
            return codes;
        }
    }
}
