package org.clearchain.declaration;

import io.micronaut.json.tree.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An agency a declaration names under {@code agencies.list[]}: its name, country and, if declared, licence number. */
record DeclaredAgency(String name, String country, String licenceNumber) {

    /** The agencies named, each once: by upper-cased licence number, else by name and country. */
    static List<DeclaredAgency> in(JsonNode answers) {
        Map<String, DeclaredAgency> agencies = new LinkedHashMap<>();
        JsonNode section = answers.get("agencies");
        JsonNode list = section == null ? null : section.get("list");
        if (list != null && list.isArray()) {
            for (JsonNode agency : list.values()) {
                String number = text(agency, "licenceNumber");
                DeclaredAgency declared = new DeclaredAgency(text(agency, "name"), text(agency, "country"),
                        number == null ? null : number.toUpperCase(Locale.ROOT));
                String key = number != null ? declared.licenceNumber()
                        : (declared.name() + "|" + declared.country()).toLowerCase(Locale.ROOT);
                if (number != null || declared.name() != null) {
                    agencies.putIfAbsent(key, declared);
                }
            }
        }
        return List.copyOf(agencies.values());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() && !value.getStringValue().isBlank() ? value.getStringValue().strip() : null;
    }
}
