package org.clearchain.declaration;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The licence checks made when declarations were submitted. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LicenceCheckRepository extends CrudRepository<LicenceCheck, Long> {

    List<LicenceCheck> findByDeclarationIdInOrderById(List<Long> declarationIds);

    /** What named a recruiter now names the record it was merged into, and its agency if that one is linked. */
    @io.micronaut.data.annotation.Query("""
            UPDATE declaration_licence_check SET recruiter_id = :intoId, agency_id = COALESCE(agency_id, :intoAgencyId)
            WHERE recruiter_id = :fromId""")
    void followMerge(long fromId, long intoId, @io.micronaut.core.annotation.Nullable Long intoAgencyId);

    @io.micronaut.data.annotation.Query(
            "UPDATE declaration_licence_check SET agency_id = :agencyId WHERE recruiter_id = :recruiterId AND agency_id IS NULL")
    void linkToAgency(long recruiterId, long agencyId);
}
