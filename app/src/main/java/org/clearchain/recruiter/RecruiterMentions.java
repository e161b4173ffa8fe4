package org.clearchain.recruiter;

import io.micronaut.core.annotation.Introspected;

/** How many complaints, agency uses and declarations name a recruiter record. */
@Introspected
public record RecruiterMentions(long recruiterId, long complaints, long agencyUses, long declarations) {
}
