package org.clearchain.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** What the register said, on submission, of a licence number a declaration names. */
@Serdeable
@MappedEntity("declaration_licence_check")
public record LicenceCheck(@Id @GeneratedValue @Nullable Long id,
                           Long declarationId,
                           String licenceNumber,
                           LicenceCheckResult result,
                           @Nullable Long agencyId) {
}
