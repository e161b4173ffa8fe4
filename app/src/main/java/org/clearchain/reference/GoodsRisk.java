package org.clearchain.reference;

/** A country × good on the goods-risk list (US DOL ILAB format). */
public record GoodsRisk(String country, String good, boolean childLabour, boolean forcedLabour) { }
