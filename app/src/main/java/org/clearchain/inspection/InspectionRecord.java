package org.clearchain.inspection;

import org.clearchain.reference.Indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One line of an inspection export, in the shape of {@code schemas/json/inspection/v1.schema.json}. */
@Serdeable
public record InspectionRecord(int schemaVersion, Source source, Visit inspection, List<FindingRecord> findings) {

    @Serdeable
    public record Source(String system, String inspectionId) {
    }

    @Serdeable
    public record Visit(String inspectorate, SiteRecord site, SupplierRecord supplier, LocalDate visitDate,
                        InspectionType type, boolean announced, InspectionStatus status,
                        @Nullable Headcount workersPresent, @Nullable Headcount workersInterviewed) {
    }

    @Serdeable
    public record SiteRecord(String name, @Nullable String address, String country, @Nullable BigDecimal latitude,
                             @Nullable BigDecimal longitude, @Nullable String sector) {
    }

    @Serdeable
    public record SupplierRecord(String name, String country, @Nullable String registrationNumber) {
    }

    @Serdeable
    public record FindingRecord(Indicator indicator, String description, EvidenceSource evidenceSource,
                                @Nullable String agencyLicenceNumber, Headcount workersAffected,
                                List<ActionRecord> correctiveActions) {
    }

    @Serdeable
    public record ActionRecord(String description, LocalDate dueDate, CorrectiveAction.Status status) {
    }
}
