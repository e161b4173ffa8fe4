package org.clearchain.risk;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

/** The complaints and findings an agency's own risk is scored from ({@link AgencyRiskFacts}); reads only. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AgencyRiskFactsRepository extends GenericRepository<RiskSnapshot, Long> {

    @Introspected
    record SubstantiatedComplaint(long id, String category, LocalDate substantiatedOn) {
    }

    @Query("SELECT id, category, substantiated_on FROM complaint WHERE agency_id = :agencyId AND substantiated_on IS NOT NULL")
    List<SubstantiatedComplaint> substantiatedComplaints(long agencyId);

    @Introspected
    record IndicatorFinding(String indicator, LocalDate visitDate, long inspectionId, long siteId) {
    }

    /** ILO-indicator findings naming the agency, from inspections that are completed or closed. */
    @Query("""
            SELECT f.indicator, i.visit_date, i.id AS inspection_id, i.site_id FROM finding f JOIN inspection i ON i.id = f.inspection_id
            WHERE f.agency_id = :agencyId AND i.status IN ('COMPLETED', 'CLOSED') AND f.kind = 'ILO_INDICATOR'""")
    List<IndicatorFinding> indicatorFindings(long agencyId);
}
