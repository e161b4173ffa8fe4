package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

/** An inspection the inspections feed brought in, under its key in the system that exported it. */
@MappedEntity("imported_inspection")
record ImportedInspection(@Id @GeneratedValue @Nullable Long id,
                          Long inspectionId,
                          Long inspectorateId,
                          String sourceSystem,
                          String sourceInspectionId,
                          String contentSha256,
                          Long importJobId,
                          Instant importedAt) {

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Repository extends CrudRepository<ImportedInspection, Long> {
        Optional<ImportedInspection> findByInspectorateIdAndSourceSystemAndSourceInspectionId(Long inspectorateId,
                                                                                            String sourceSystem,
                                                                                            String sourceInspectionId);
    }
}
