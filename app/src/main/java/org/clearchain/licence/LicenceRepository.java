package org.clearchain.licence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Licences, and the per-year counter behind their numbers. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LicenceRepository extends CrudRepository<Licence, Long> {

    Optional<Licence> findByNumber(String number);

    List<Licence> findByNumberIn(java.util.Collection<String> numbers);

    List<Licence> findByAgencyIdInOrderById(java.util.Collection<Long> agencyIds);

    List<Licence> findByNumberIn(List<String> numbers);

    /** Locks the licence until the transaction ends, so two officers' moves on it run one after the other. */
    @Query("SELECT * FROM licence WHERE number = :number FOR UPDATE")
    Optional<Licence> lockByNumber(String number);

    List<Licence> findByAgencyIdOrderById(Long agencyId);

    long countByAuthorityIdAndStatus(Long authorityId, LicenceStatus status);

    long countByAuthorityIdAndStatusAndValidUntilBetween(Long authorityId, LicenceStatus status, LocalDate from,
                                                        LocalDate to);

    @Query("SELECT number FROM licence WHERE status = 'ACTIVE' AND valid_until < :today ORDER BY id LIMIT :limit")
    List<String> findNumbersDueToExpire(LocalDate today, int limit);

    /**
     * Takes the next number of a year atomically: the row's lock is held until commit, and
     * LAST_INSERT_ID(expr) hands the new value to this connection alone.
     */
    @Query("""
            INSERT INTO licence_number_sequence (year, last_value) VALUES (:year, LAST_INSERT_ID(1))
            ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)""")
    void advanceNumberSequence(int year);

    @Query("SELECT LAST_INSERT_ID()")
    long lastInsertId();
}
