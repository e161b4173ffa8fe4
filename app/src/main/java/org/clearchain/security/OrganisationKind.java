package org.clearchain.security;

/** What an organisation (tenant) is, which tells which roles its users may hold. */
public enum OrganisationKind {
    PLATFORM, LICENSING_AUTHORITY, INSPECTORATE, EMPLOYER, SUPPLIER;

    public boolean admits(Role role) {
        return switch (this) {
            case PLATFORM -> role == Role.ADMIN;
            case LICENSING_AUTHORITY -> role == Role.LICENSING_OFFICER;
            case INSPECTORATE -> role == Role.INSPECTOR;
            case EMPLOYER -> role == Role.AUDITOR;
            case SUPPLIER -> role == Role.SUPPLIER;
        };
    }
}
