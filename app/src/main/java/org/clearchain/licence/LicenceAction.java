package org.clearchain.licence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The moves of the licence lifecycle. EXPIRE is the system's alone: it follows from the date. IMPORT records a
 * licence as another authority's register feed first reported it, in whatever state it was.
 */
public enum LicenceAction {
    APPLY, APPROVE, REJECT, SUSPEND, REINSTATE, REVOKE, SURRENDER, RENEW, EXPIRE, IMPORT;

    /** The actions an officer may take through {@code POST /api/licences/{number}/{action}}. */
    static Optional<LicenceAction> officerAction(String pathSegment) {
        return Arrays.stream(values())
                .filter(a -> a != APPLY && a != EXPIRE && a != IMPORT)
                .filter(a -> a.name().equalsIgnoreCase(pathSegment))
                .findFirst();
    }

    /** Whether the officer must say why: a refusal, a suspension or a revocation is read by the agency and the public. */
    public boolean needsReason() {
        return this == REJECT || this == SUSPEND || this == REVOKE;
    }
}
