package org.clearchain.integrations.feed;

/** A record that cannot go in; the message is the reason shown beside its line number. */
public class RowException extends RuntimeException {

    public RowException(String reason) {
        super(reason, null, false, false);
    }
}
