package org.clearchain.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

/** Password-reset codes, found by their hash. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PasswordResetRepository extends CrudRepository<PasswordReset, Long> {

    /** Locked, so that two redemptions of one code cannot both succeed. */
    @Query("SELECT * FROM password_reset WHERE code_hash = :codeHash FOR UPDATE")
    Optional<PasswordReset> lockByCodeHash(String codeHash);
}
