package org.clearchain.integrations.feed;

/** A feed: its name (the inbox folder and the API path), how its files read, and where its records go. */
public record FeedDefinition<R>(String name, FeedFormat<R> format, FeedSink<R> sink) { }
