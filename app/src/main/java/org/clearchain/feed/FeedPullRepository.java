package org.clearchain.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedPullRepository extends CrudRepository<FeedPull, String> {

    /** A pull that imported nothing keeps the validators of the last file it did import. */
    @Query("""
            INSERT INTO feed_pull (feed, pulled_at, outcome) VALUES (:feed, :at, :outcome)
            ON DUPLICATE KEY UPDATE pulled_at = VALUES(pulled_at), outcome = VALUES(outcome)""")
    void pulled(String feed, Instant at, String outcome);

    @Query("""
            INSERT INTO feed_pull (feed, pulled_at, outcome, etag, last_modified) VALUES (:feed, :at, :outcome, :etag, :lastModified)
            ON DUPLICATE KEY UPDATE pulled_at = VALUES(pulled_at), outcome = VALUES(outcome), etag = VALUES(etag),
                last_modified = VALUES(last_modified)""")
    void imported(String feed, Instant at, String outcome, @Nullable String etag, @Nullable String lastModified);
}
