package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** A visit of a labour inspectorate to a supplier's site. */
@Serdeable
@MappedEntity("inspection")
public record Inspection(@Id @GeneratedValue @Nullable Long id,
                         Long siteId,
                         Long supplierId,
                         Long inspectorateId,
                         LocalDate visitDate,
                         InspectionType type,
                         boolean announced,
                         InspectionStatus status,
                         @Nullable @TypeDef(type = DataType.JSON) Headcount workersPresent,
                         @Nullable @TypeDef(type = DataType.JSON) Headcount workersInterviewed,
                         String plannedBy,
                         @Nullable String completedBy,
                         @Nullable Instant completedAt,
                         Instant createdAt,
                         Instant updatedAt) {

    Inspection completed(LocalDate visit, Headcount present, Headcount interviewed, String by, Instant now) {
        return new Inspection(id, siteId, supplierId, inspectorateId, visit, type, announced, InspectionStatus.COMPLETED,
                present, interviewed, plannedBy, by, now, createdAt, now);
    }

    Inspection withStatus(InspectionStatus to, Instant now) {
        return new Inspection(id, siteId, supplierId, inspectorateId, visitDate, type, announced, to, workersPresent,
                workersInterviewed, plannedBy, completedBy, completedAt, createdAt, now);
    }
}
