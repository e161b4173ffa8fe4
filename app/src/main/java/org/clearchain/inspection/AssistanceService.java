package org.clearchain.inspection;

/** The kind of assistance suspected victims are referred to. */
public enum AssistanceService {
    SHELTER, MEDICAL, PSYCHOSOCIAL, LEGAL_AID, CHILD_PROTECTION, NATIONAL_REFERRAL_MECHANISM, LAW_ENFORCEMENT,
    NGO_ASSISTANCE, RETURN_AND_REINTEGRATION, OTHER
}
