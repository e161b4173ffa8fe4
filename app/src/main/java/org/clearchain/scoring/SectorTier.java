package org.clearchain.scoring;

/**
 * A sector tier for an ISIC prefix (division, group or class).
 *
 * @param category the DESIGN category, e.g. "construction", "garments"
 */
public record SectorTier(String isicPrefix, int points, String category) { }
