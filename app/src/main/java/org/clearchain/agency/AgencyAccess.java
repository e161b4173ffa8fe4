package org.clearchain.agency;

import org.clearchain.security.Actor;
import org.clearchain.security.Role;

/**
 * Who sees which part of the register. A licensing officer sees and changes only the records of their own
 * authority; inspectors, auditors and the platform admin read every authority's. Anything else answers
 * 404, so a record of another tenant cannot even be told apart from one that does not exist.
 */
public final class AgencyAccess {

    private AgencyAccess() {
    }

    public static boolean canRead(Actor actor, Long authorityId) {
        return actor.is(Role.LICENSING_OFFICER) ? actor.belongsTo(authorityId)
                : actor.is(Role.ADMIN) || actor.is(Role.INSPECTOR) || actor.is(Role.AUDITOR);
    }

    public static boolean canChange(Actor actor, Long authorityId) {
        return actor.is(Role.LICENSING_OFFICER) && actor.belongsTo(authorityId);
    }

    /** The authority whose records a list shows, or null for all of them. */
    public static Long listScope(Actor actor) {
        return actor.is(Role.LICENSING_OFFICER) ? actor.organisationId() : null;
    }
}
