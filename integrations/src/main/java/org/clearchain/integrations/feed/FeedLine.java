package org.clearchain.integrations.feed;

/** One record of a feed file as its format read it: accepted with its parsed value, or refused with a reason. */
public sealed interface FeedLine<R> {

    /** The line of the file on which the record starts (1 is the first line, header included). */
    long line();

    /** The record's text as read, kept so a refused row can be shown as it was. */
    String raw();

    record Accepted<R>(long line, String raw, R record) implements FeedLine<R> { }

    record Refused<R>(long line, String raw, String reason) implements FeedLine<R> { }
}
