package org.clearchain.scoring;

/**
 * An agency's licence as scoring sees it. {@code RENEWAL_PENDING} is an active licence whose renewal is under way;
 * {@code UNLICENSED} is an agency without a licence (or unregistered); an agency with no licence record at all is
 * given as {@code null} and scored as unlicensed, with a contribution that says so.
 */
public enum LicenceState { ACTIVE, RENEWAL_PENDING, EXPIRED, SUSPENDED, REVOKED, UNLICENSED }
