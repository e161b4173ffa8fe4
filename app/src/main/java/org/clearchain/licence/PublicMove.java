package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * One move of a licence as the public may see it: the day, the move and the status it gave. Who made it and why are
 * the authority's records, not shown; the same facts can be read from the public verification on any past day.
 *
 * @param validUntil the end date the move set (an approval or a renewal), else null
 */
public record PublicMove(LocalDate day, LicenceAction action, @Nullable LicenceStatus fromStatus, LicenceStatus toStatus,
                         @Nullable LocalDate validUntil) {
}
