package org.clearchain.onboarding;

import io.micronaut.serde.annotation.Serdeable;

/** What a redeemed invitation made: the user (log in with it at {@code POST /login}) and whom it answers for. */
@Serdeable
record Redeemed(long userId, String username, long organisationId, long supplierId, String supplierName) {
}
