package org.clearchain.feed;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.clearchain.integrations.feed.PullState;
import org.clearchain.integrations.text.Ellipsis;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The last pull of each feed's URL. Validators are replaced only when a pulled file was imported. */
@Singleton
public class FeedPullStore implements PullState {

    private final JdbcOperations jdbc;

    FeedPullStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public record LastPull(Instant at, String outcome) { }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public Optional<Validators> validators(String feed) {
        return jdbc.prepareStatement("SELECT etag, last_modified FROM feed_pull WHERE feed = ?", select -> {
            select.setString(1, feed);
            try (var rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Validators(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        });
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void pulled(String feed, Instant at, Validators validators, String outcome) {
        String sql = validators == null
                ? "INSERT INTO feed_pull (feed, pulled_at, outcome) VALUES (?, ?, ?)"
                  + " ON DUPLICATE KEY UPDATE pulled_at = VALUES(pulled_at), outcome = VALUES(outcome)"
                : "INSERT INTO feed_pull (feed, pulled_at, outcome, etag, last_modified) VALUES (?, ?, ?, ?, ?)"
                  + " ON DUPLICATE KEY UPDATE pulled_at = VALUES(pulled_at), outcome = VALUES(outcome),"
                  + " etag = VALUES(etag), last_modified = VALUES(last_modified)";
        jdbc.prepareStatement(sql, upsert -> {
            upsert.setString(1, feed);
            upsert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
            upsert.setString(3, Ellipsis.cut(outcome, 500));
            if (validators != null) {
                upsert.setString(4, validators.etag());
                upsert.setString(5, validators.lastModified());
            }
            return upsert.executeUpdate();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public Optional<LastPull> last(String feed) {
        return jdbc.prepareStatement("SELECT pulled_at, outcome FROM feed_pull WHERE feed = ?", select -> {
            select.setString(1, feed);
            try (var rs = select.executeQuery()) {
                return rs.next()
                        ? Optional.of(new LastPull(rs.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(2)))
                        : Optional.empty();
            }
        });
    }
}
