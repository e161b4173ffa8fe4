package org.clearchain.integrations.countryrisk;

import org.clearchain.integrations.feed.FeedSink;

/** Port: where a country-risk file goes — one file, one new edition, made current only once it is whole. */
public interface CountryRiskSink extends FeedSink<CountryRiskRow> { }
