package org.clearchain.integrations.goodslist;

/**
 * A good listed for a country: produced with child labour, forced labour or both.
 *
 * @param country ISO 3166-1 alpha-2
 */
public record ListedGood(String country, String good, boolean childLabour, boolean forcedLabour) { }
