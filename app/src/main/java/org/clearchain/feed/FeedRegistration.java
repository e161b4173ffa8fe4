package org.clearchain.feed;

import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A feed as the catalogue shows it: its name (the inbox folder and the API path), what its files look like, and who
 * may send it one. The feature a feed writes to declares this as a bean beside its route bean; {@code @Order} on the
 * bean gives its place in {@code GET /api/feeds}.
 */
public record FeedRegistration(String name, String format, Set<Role> uploaders) {

    public FeedRegistration {
        uploaders = Set.copyOf(uploaders);
    }

    public boolean mayUpload(Actor actor) {
        return actor.role() != null && uploaders.contains(actor.role());
    }

    /**
     * The file name endings a file of this feed may have, from the kinds its format names (CSV, XML, JSON lines),
     * plus {@code .zip} and {@code .gz} of one such file, which the import unpacks. A form checks the name before
     * sending a spreadsheet or a PDF to a feed that would only fail on it.
     */
    public Set<String> fileEndings() {
        String kinds = format.toUpperCase(Locale.ROOT);
        Set<String> endings = new LinkedHashSet<>();
        if (kinds.contains("CSV")) {
            endings.addAll(List.of(".csv", ".txt"));
        }
        if (kinds.contains("XML")) {
            endings.add(".xml");
        }
        if (kinds.contains("JSON")) {
            endings.addAll(List.of(".jsonl", ".ndjson", ".json"));
        }
        endings.addAll(List.of(".zip", ".gz"));
        return endings;
    }

    /** Whether a file so named may be sent to this feed (see {@link #fileEndings()}). */
    public boolean takesFileNamed(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return fileEndings().stream().anyMatch(name::endsWith);
    }
}
