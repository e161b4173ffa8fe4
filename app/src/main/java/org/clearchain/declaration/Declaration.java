package org.clearchain.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A supplier's answers, kept as submitted with the questionnaire version they answer. Never changed: a later
 * declaration to the same buyer sets {@code supersededBy} on this one and that is all.
 */
@MappedEntity("declaration")
public record Declaration(@Id @GeneratedValue @Nullable Long id,
                          Long requestId,
                          Long buyerId,
                          Long supplierId,
                          int questionnaireVersion,
                          String answers,
                          String attestedName,
                          String attestedRole,
                          LocalDate attestedOn,
                          String submittedBy,
                          Instant submittedAt,
                          @Nullable Long supersededBy) {
}
