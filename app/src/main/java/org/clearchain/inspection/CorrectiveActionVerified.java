package org.clearchain.inspection;

/** Announced inside the verifying transaction: the finding's remediation now counts. */
public record CorrectiveActionVerified(long correctiveActionId, long findingId, long supplierId) {
}
