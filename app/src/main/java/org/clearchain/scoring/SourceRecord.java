package org.clearchain.scoring;

/**
 * A record a contribution's fact was read from: its kind and its id in the feature that keeps it. Readers who may not
 * read that record are shown the contribution's rule and points only; the features' own access rules decide who may.
 */
public record SourceRecord(Kind kind, String id) {

    public enum Kind { INSPECTION, DECLARATION, REFERRAL, SCREENING_HIT, COMPLAINT, CORRECTIVE_ACTION }

    static SourceRecord of(Kind kind, String id) {
        return id == null ? null : new SourceRecord(kind, id);
    }
}
