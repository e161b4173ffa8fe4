package org.clearchain.reference;

/**
 * What a finding found: one of the ILO's 11 indicators of forced labour, or a breach of labour standards.
 * {@code involuntariness} marks the indicators of work not freely chosen (deception, excessive overtime, abusive
 * conditions); the other ILO indicators are means of coercion (ICLS 2018 guidelines).
 */
public enum Indicator {
    ABUSE_OF_VULNERABILITY(Kind.ILO_INDICATOR, false),
    DECEPTION(Kind.ILO_INDICATOR, true),
    RESTRICTION_OF_MOVEMENT(Kind.ILO_INDICATOR, false),
    ISOLATION(Kind.ILO_INDICATOR, false),
    PHYSICAL_AND_SEXUAL_VIOLENCE(Kind.ILO_INDICATOR, false),
    INTIMIDATION_AND_THREATS(Kind.ILO_INDICATOR, false),
    RETENTION_OF_IDENTITY_DOCUMENTS(Kind.ILO_INDICATOR, false),
    WITHHOLDING_OF_WAGES(Kind.ILO_INDICATOR, false),
    DEBT_BONDAGE(Kind.ILO_INDICATOR, false),
    ABUSIVE_WORKING_AND_LIVING_CONDITIONS(Kind.ILO_INDICATOR, true),
    EXCESSIVE_OVERTIME(Kind.ILO_INDICATOR, true),
    WAGES_BREACH(Kind.LABOUR_STANDARD, false),
    HOURS_BREACH(Kind.LABOUR_STANDARD, false),
    SAFETY_BREACH(Kind.LABOUR_STANDARD, false),
    CHILD_LABOUR(Kind.LABOUR_STANDARD, false),
    CONTRACTS_BREACH(Kind.LABOUR_STANDARD, false);

    public enum Kind { ILO_INDICATOR, LABOUR_STANDARD }

    private final Kind kind;
    private final boolean involuntariness;

    Indicator(Kind kind, boolean involuntariness) {
        this.kind = kind;
        this.involuntariness = involuntariness;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isInvoluntariness() {
        return involuntariness;
    }
}
