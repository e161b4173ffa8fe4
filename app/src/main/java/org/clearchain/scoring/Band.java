package org.clearchain.scoring;

/** Risk bands, lowest first; their lower bounds are in the methodology. */
public enum Band { LOW, MEDIUM, HIGH, CRITICAL }
