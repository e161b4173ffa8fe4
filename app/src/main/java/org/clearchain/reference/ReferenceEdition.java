package org.clearchain.reference;

/**
 * One edition of a reference dataset.
 *
 * @param verified {@code false} when the figures could not be checked against the published source (the retired starter
 *                 editions shipped in {@code schemas}); an assessment that relies on it is marked low confidence
 * @param proxy its figures measure something else that stands in for the risk (ILAB's child-labour governance
 *              assessment for country risk); every explanation that uses it says so
 */
public record ReferenceEdition(String dataset, String source, String edition, boolean verified, boolean proxy) {

    /** An edition whose figures measure the risk itself. */
    public ReferenceEdition(String dataset, String source, String edition, boolean verified) {
        this(dataset, source, edition, verified, false);
    }
}
