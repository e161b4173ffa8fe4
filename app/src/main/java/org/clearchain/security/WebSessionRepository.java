package org.clearchain.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WebSessionRepository extends CrudRepository<WebSession, String> {

    @Query("UPDATE web_session SET last_seen_at = :now WHERE id_hash = :idHash")
    void updateLastSeen(String idHash, Instant now);

    @Query("DELETE FROM web_session WHERE last_seen_at < :idleSince OR created_at < :createdSince")
    int deleteExpired(Instant idleSince, Instant createdSince);

    @Query("DELETE FROM web_session WHERE username = :username")
    int deleteByUsername(String username);
}
