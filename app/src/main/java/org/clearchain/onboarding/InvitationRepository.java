package org.clearchain.onboarding;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Invitations, found by their code's hash. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationRepository extends CrudRepository<Invitation, Long> {

    /** Locked, so that two redemptions of one code cannot both succeed. */
    @Query("SELECT * FROM invitation WHERE code_hash = :codeHash FOR UPDATE")
    Optional<Invitation> lockByCodeHash(String codeHash);

    List<Invitation> findBySupplierIdOrderById(Long supplierId);
}
