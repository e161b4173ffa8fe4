package org.clearchain.reference;

/**
 * A new edition of a reference dataset ({@code country-risk}, {@code goods-list}) became the current one. Published
 * inside the transaction that made it current; listeners that rescore follow the commit.
 */
public record ReferenceEditionLoaded(long editionId, String dataset, String edition, String source, long importJobId) { }
