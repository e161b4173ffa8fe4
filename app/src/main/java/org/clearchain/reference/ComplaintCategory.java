package org.clearchain.reference;

/** What a complaint against an agency is about. */
public enum ComplaintCategory {
    RECRUITMENT_FEES, DECEPTION, DOCUMENT_RETENTION, CONTRACT_SUBSTITUTION, WAGE_THEFT, ABUSE, OTHER
}
