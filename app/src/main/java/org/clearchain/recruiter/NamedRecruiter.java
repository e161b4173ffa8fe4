package org.clearchain.recruiter;

import io.micronaut.core.annotation.Nullable;

/**
 * Whom a name and country turned out to be: a registered agency ({@code agencyId}), an unlicensed recruiter
 * ({@code recruiterId}), or both when the recruiter record has been linked to an agency.
 */
public record NamedRecruiter(@Nullable Long agencyId, @Nullable Long recruiterId) {

    public boolean isRegistered() {
        return agencyId != null;
    }
}
