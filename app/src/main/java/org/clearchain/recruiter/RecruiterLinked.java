package org.clearchain.recruiter;

/**
 * Announced inside the linking transaction: the complaints, agency uses and declarations that name the recruiter now
 * count for the registered agency.
 */
public record RecruiterLinked(long recruiterId, long agencyId) {
}
