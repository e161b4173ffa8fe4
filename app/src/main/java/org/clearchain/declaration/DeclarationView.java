package org.clearchain.declaration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A declaration as submitted, with the register's verdict on each declared licence number at submission and
 * today. {@code current} is false once a later declaration to the same buyer superseded it.
 */
@Serdeable
public record DeclarationView(long id, long requestId, long buyerId, long supplierId, int questionnaireVersion,
                              JsonNode answers, Submission.Attestation attestation, String submittedBy,
                              Instant submittedAt, boolean current, @Nullable Long supersededBy,
                              List<LicenceCheckView> licenceChecks) {

    /**
     * A declared agency: what the register said when the declaration came in, and what it says now. {@code checkedBy}
     * is LICENCE_NUMBER, or NAME_AND_COUNTRY when no number was declared; {@code recruiterId} is the unlicensed-recruiter
     * record the name gathered into.
     */
    @Serdeable
    public record LicenceCheckView(@Nullable String licenceNumber, @Nullable String agencyName,
                                   @Nullable String agencyCountry, String checkedBy, @Nullable Long agencyId,
                                   @Nullable Long recruiterId, LicenceCheckResult atSubmission, LicenceCheckResult today) {
    }
}
