package org.clearchain.inspection;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The inspection feature's tables. */
final class InspectionRepositories {

    private InspectionRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Inspections extends CrudRepository<Inspection, Long> {
        @Query("SELECT * FROM inspection WHERE id = :id FOR UPDATE")
        Optional<Inspection> lockById(long id);

        @Query("SELECT * FROM inspection WHERE supplier_id = :supplierId ORDER BY visit_date DESC, id DESC")
        List<Inspection> findBySupplierNewestFirst(long supplierId);

        List<Inspection> findByIdIn(Collection<Long> ids);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Findings extends CrudRepository<Finding, Long> {
        List<Finding> findByInspectionIdOrderById(Long inspectionId);

        List<Finding> findByInspectionIdInOrderById(List<Long> inspectionIds);

        List<Finding> findByIdIn(Collection<Long> ids);

        /** On completion: the findings count in the statistics, dated by the visit as it took place. */
        @Query("UPDATE finding SET published = TRUE, stat_visit_date = :visitDate, stat_year = :year WHERE inspection_id = :inspectionId")
        void publish(long inspectionId, LocalDate visitDate, short year);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Referrals extends CrudRepository<Referral, Long> {
        List<Referral> findByInspectionIdOrderById(Long inspectionId);

        List<Referral> findByIdIn(Collection<Long> ids);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface AssistanceServices extends CrudRepository<AssistanceServiceEntry, Long> {
        @Query("SELECT * FROM assistance_service WHERE id = :id FOR UPDATE")
        Optional<AssistanceServiceEntry> lockById(long id);

        List<AssistanceServiceEntry> findByInspectorateIdOrderByName(Long inspectorateId);

        @Query("SELECT * FROM assistance_service ORDER BY inspectorate_id, name, id")
        List<AssistanceServiceEntry> listAll();

        List<AssistanceServiceEntry> findByIdIn(Collection<Long> ids);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Addenda extends CrudRepository<InspectionAddendum, Long> {
        List<InspectionAddendum> findByInspectionIdOrderById(Long inspectionId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface CorrectiveActions extends CrudRepository<CorrectiveAction, Long> {
        @Query("SELECT * FROM corrective_action WHERE id = :id FOR UPDATE")
        Optional<CorrectiveAction> lockById(long id);

        List<CorrectiveAction> findByFindingIdInOrderById(List<Long> findingIds);

        List<CorrectiveAction> findByIdIn(Collection<Long> ids);

        @Query("""
                SELECT ca.* FROM corrective_action ca JOIN finding f ON f.id = ca.finding_id
                JOIN inspection i ON i.id = f.inspection_id
                WHERE i.inspectorate_id = :inspectorateId AND ca.status = 'OPEN' AND ca.due_date < :today
                ORDER BY ca.due_date, ca.id""")
        List<CorrectiveAction> findOverdue(long inspectorateId, LocalDate today);
    }
}
