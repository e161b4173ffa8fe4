package org.clearchain.security;

import io.micronaut.security.authentication.Authentication;

/**
 * Who is acting: a logged-in user with one role in one organisation, or the system itself (scheduled
 * jobs, feeds). Tenant checks compare {@link #organisationId()} with the owner of what is touched.
 */
public record Actor(String name, Role role, Long organisationId) {

    public static final String ORGANISATION_CLAIM = "org";
    public static final Actor SYSTEM = new Actor("system", null, null);
    /** Someone who did not log in: a worker, an NGO, the public. */
    public static final Actor PUBLIC = new Actor("public", null, null);

    public static Actor of(Authentication authentication) {
        Object org = authentication.getAttributes().get(ORGANISATION_CLAIM);
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf).orElse(null);
        return new Actor(authentication.getName(), role, org == null ? null : ((Number) org).longValue());
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean belongsTo(Long organisation) {
        return organisationId != null && organisationId.equals(organisation);
    }
}
