package org.clearchain.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What the register said, on submission, of an agency a declaration names: checked by its licence number when one is
 * declared, else by its name and country against the register and the unlicensed-recruiter records.
 */
@Serdeable
@MappedEntity("declaration_licence_check")
public record LicenceCheck(@Id @GeneratedValue @Nullable Long id,
                           Long declarationId,
                           @Nullable String licenceNumber,
                           LicenceCheckResult result,
                           @Nullable Long agencyId,
                           @Nullable String agencyName,
                           @Nullable String agencyCountry,
                           @Nullable Long recruiterId) {
}
