package org.clearchain.reference;

/**
 * One edition of a reference dataset.
 *
 * @param verified {@code false} when the figures could not be checked against the published source (the starter
 *                 editions shipped in {@code schemas}); an assessment that relies on it is marked low confidence
 */
public record ReferenceEdition(String dataset, String source, String edition, boolean verified) { }
