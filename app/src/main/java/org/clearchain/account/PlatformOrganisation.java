package org.clearchain.account;

/** The operator's own organisation, home of the admins. */
final class PlatformOrganisation {
    static final String NAME = "Clearchain platform";

    private PlatformOrganisation() {
    }
}
