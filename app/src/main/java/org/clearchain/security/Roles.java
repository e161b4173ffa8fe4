package org.clearchain.security;

/** The roles of DESIGN.md, as the strings that {@code @Secured} and the token carry. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String LICENSING_OFFICER = "LICENSING_OFFICER";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String AUDITOR = "AUDITOR";
    public static final String SUPPLIER = "SUPPLIER";

    private Roles() {
    }
}
