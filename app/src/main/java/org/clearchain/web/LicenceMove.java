package org.clearchain.web;

import org.clearchain.licence.LicenceAction;

import java.util.Locale;

/** A move offered on the licence page: whether it asks why, and whether it asks for the end of the validity period. */
public record LicenceMove(LicenceAction action, String name, boolean needsReason, boolean asksEnd, boolean needsEnd) {

    static LicenceMove of(LicenceAction action) {
        return new LicenceMove(action, action.name().toLowerCase(Locale.ROOT), action.needsReason(),
                action == LicenceAction.APPROVE || action == LicenceAction.RENEW, action == LicenceAction.RENEW);
    }
}
