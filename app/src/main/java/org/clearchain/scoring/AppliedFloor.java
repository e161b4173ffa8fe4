package org.clearchain.scoring;

/** A floor rule that holds for the supplier: its score is at least the lower bound of {@code band}. */
public record AppliedFloor(String rule, Band band, String reason) { }
