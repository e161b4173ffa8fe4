package org.clearchain.scoring;

/**
 * Good practice that lowers the declaration part, but only once verified by an inspectorate or a third-party audit
 * (the caller passes only verified practice): a promise on a questionnaire is not evidence.
 */
public enum GoodPractice {
    /** An employer-pays policy in force, and recruitment fees that workers paid have been reimbursed. */
    EMPLOYER_PAYS_FEES_REIMBURSED,
    /** Workers hold their own passports and identity documents. */
    WORKERS_HOLD_OWN_DOCUMENTS,
    /** A grievance mechanism workers use without retaliation, with complaints handled. */
    WORKING_GRIEVANCE_MECHANISM,
    /** A written contract in a language the worker understands, given before departure. */
    CONTRACT_IN_WORKERS_LANGUAGE_BEFORE_DEPARTURE
}
