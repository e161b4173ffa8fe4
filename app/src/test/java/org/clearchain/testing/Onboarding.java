package org.clearchain.testing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A supplier joins an existing supplier organisation the only way there is: the admin invites one of its people into
 * that organisation, and they redeem the code.
 */
public final class Onboarding {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Onboarding() {
    }

    /** Binds the supplier to the organisation; returns the username of the person who redeemed the invitation. */
    public static String join(Api api, String adminToken, long supplierId, long supplierOrganisationId) {
        Api.Response invited = api.post("/api/suppliers/" + supplierId + "/invitations", adminToken,
                Map.of("invitee", "test onboarding", "supplierOrganisationId", supplierOrganisationId));
        if (invited.status() != 201) {
            throw new AssertionError("invitation not issued: " + invited);
        }
        String username = "joined." + supplierId + "." + SERIAL.incrementAndGet() + "." + Long.toString(System.nanoTime() & 0xffffff, 36);
        Api.Response redeemed = api.post("/api/public/invitations/redeem", null, Map.of("code", invited.text("code"),
                "username", username, "password", "a-password-of-the-invited"));
        if (redeemed.status() != 201) {
            throw new AssertionError("invitation not redeemed: " + redeemed);
        }
        return username;
    }
}
