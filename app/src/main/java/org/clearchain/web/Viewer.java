package org.clearchain.web;

import org.clearchain.security.Role;

/** The signed-in person a page is drawn for. */
public record Viewer(String username, Role role, Long organisationId) {

    public boolean is(Role r) {
        return role == r;
    }
}
