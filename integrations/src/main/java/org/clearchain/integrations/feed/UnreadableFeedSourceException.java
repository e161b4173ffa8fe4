package org.clearchain.integrations.feed;

/** A feed's configured source that cannot be fetched (no URL, or the server refused it). */
public class UnreadableFeedSourceException extends RuntimeException {

    public UnreadableFeedSourceException(String reason) {
        super(reason);
    }
}
