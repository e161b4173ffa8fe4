package org.clearchain.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/**
 * Whom the invitation is for, as a note for the inviter's records (a role, a first name: no contact details needed).
 * {@code supplierOrganisationId}, for the platform admin only, names an existing supplier organisation the supplier
 * joins, e.g. one company listed twice by two buyers.
 */
@Serdeable
record NewInvitation(@Nullable @Size(max = 255) String invitee, @Nullable Long supplierOrganisationId) {
}
