package org.clearchain.inspection;

/** Where a finding's evidence comes from. */
public enum EvidenceSource { OBSERVATION, WORKER_INTERVIEW, DOCUMENT_REVIEW, MANAGEMENT_INTERVIEW, COMPLAINT, THIRD_PARTY }
