package org.clearchain.supplier;

/** Where a buyer stands with a supplier's declarations. */
public enum DeclarationStatus {
    /** never requested */
    NONE,
    /** requested, not yet due */
    REQUESTED,
    /** requested and past its due date */
    OVERDUE,
    /** answered, nothing open */
    SUBMITTED
}
