package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The public register read page by page (keyset on the licence number), for extracts of any size. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RegisterPageRepository extends GenericRepository<Licence, Long> {

    /**
     * Licences after {@code afterNumber} in number order, optionally of one agency country; applications never
     * granted (pending, rejected) are not part of the register.
     */
    @Query(PublicLicenceRepository.SELECT + """
             WHERE l.number > :afterNumber AND l.status NOT IN ('PENDING', 'REJECTED')
               AND (:country IS NULL OR a.country = :country)
            ORDER BY l.number LIMIT :size""")
    List<PublicLicence> findRegisterPage(@Nullable String country, String afterNumber, int size);
}
