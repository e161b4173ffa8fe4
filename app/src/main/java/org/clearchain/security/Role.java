package org.clearchain.security;

/** What a user may do; every user has exactly one. */
public enum Role {
    ADMIN, LICENSING_OFFICER, INSPECTOR, AUDITOR, SUPPLIER
}
