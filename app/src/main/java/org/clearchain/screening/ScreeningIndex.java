package org.clearchain.screening;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;


/**
 * The matcher over every entry not removed, kept in memory and built again when a list's entries change — on
 * any instance, since the lists' version numbers are read from the database before each screening.
 * Hand-written JDBC: every entry streamed once into the index, for ScreeningBench (docs/performance.md).
 */
@Singleton
class ScreeningIndex {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningIndex.class);

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final EntityMatcher.Settings settings;
    private volatile Built built;

    private record Built(long version, EntityMatcher matcher) { }

    ScreeningIndex(JdbcOperations jdbc, JsonMapper json, @Value("${clearchain.screening.threshold:0.90}") double threshold) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = EntityMatcher.Settings.DEFAULT.withThreshold(threshold);
    }

    /** The matcher as the entries stand in the current transaction. */
    EntityMatcher current() {
        long version = version();
        Built now = built;
        if (now != null && now.version() == version) {
            return now.matcher();
        }
        synchronized (this) {
            if (built == null || built.version() != version) {
                long start = System.nanoTime();
                EntityMatcher matcher = new EntityMatcher(load(), settings);
                built = new Built(version, matcher);
                LOG.info("Screening index of {} entries built in {} ms", matcher.size(), (System.nanoTime() - start) / 1_000_000);
            }
            return built.matcher();
        }
    }

    private long version() {
        return jdbc.prepareStatement("SELECT COALESCE(SUM(version), 0) + COUNT(*) * 1000000000 FROM entity_list", statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private List<ScreenedEntry> load() {
        return jdbc.prepareStatement("SELECT e.id, l.name, e.name, e.aliases, e.countries, e.identifiers, e.content_hash"
                + " FROM entity_list_entry e JOIN entity_list l ON l.id = e.list_id WHERE e.removed_at IS NULL ORDER BY e.id",
                statement -> {
                    List<ScreenedEntry> entries = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            List<String> names = new ArrayList<>();
                            names.add(rs.getString(3));
                            names.addAll(read(rs.getString(4), Argument.listOf(String.class)));
                            List<String> identifiers = read(rs.getString(6), Argument.listOf(Argument.mapOf(String.class, String.class)))
                                    .stream().map(i -> i.getOrDefault("value", "")).toList();
                            entries.add(new ScreenedEntry(rs.getLong(1), rs.getString(2), names,
                                    read(rs.getString(5), Argument.listOf(String.class)), identifiers, rs.getString(7)));
                        }
                    }
                    return entries;
                });
    }

    private <T> T read(String raw, Argument<T> type) {
        try {
            return json.readValue(raw, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
