package org.clearchain.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** The only way to add to a completed inspection: a dated, signed note, itself in the audit log. */
@Serdeable
@MappedEntity("inspection_addendum")
public record InspectionAddendum(@Id @GeneratedValue @Nullable Long id, Long inspectionId, String text, String addedBy,
                                 Instant addedAt) {
}
