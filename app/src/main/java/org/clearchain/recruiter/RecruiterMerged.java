package org.clearchain.recruiter;

/**
 * Announced inside the merging transaction: what named {@code fromId} now names {@code intoId}, and counts for the
 * registered agency {@code intoAgencyId} when the surviving record is linked to one (else null).
 */
public record RecruiterMerged(long fromId, long intoId, Long intoAgencyId) {
}
