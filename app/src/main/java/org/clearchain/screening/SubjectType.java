package org.clearchain.screening;

/** What a screening hit is about: a supplier, a registered agency, or an unlicensed recruiter record. */
public enum SubjectType {
    SUPPLIER("supplier"), AGENCY("agency"), RECRUITER("unlicensed_recruiter");

    // fixed SQL, never text from a request
    private final String table;

    SubjectType(String table) {
        this.table = table;
    }

    String table() {
        return table;
    }
}
