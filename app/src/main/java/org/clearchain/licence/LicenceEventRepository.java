package org.clearchain.licence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The history of every licence, oldest first. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LicenceEventRepository extends CrudRepository<LicenceEvent, Long> {

    List<LicenceEvent> findByLicenceIdOrderById(Long licenceId);

    List<LicenceEvent> findByLicenceIdInOrderById(java.util.Collection<Long> licenceIds);

    @Query("SELECT e.* FROM licence_event e JOIN licence l ON l.id = e.licence_id WHERE l.number = :number ORDER BY e.id")
    List<LicenceEvent> findByLicenceNumberOrderById(String number);

    /** The agency's revocations, newest first: its risk remembers them whatever its later applications. */
    @Query("""
            SELECT e.* FROM licence_event e JOIN licence l ON l.id = e.licence_id
            WHERE l.agency_id = :agencyId AND e.to_status = 'REVOKED' ORDER BY e.occurred_at DESC, e.id DESC""")
    List<LicenceEvent> findRevocationsOfAgency(long agencyId);
}
