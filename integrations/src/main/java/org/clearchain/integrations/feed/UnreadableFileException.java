package org.clearchain.integrations.feed;

/** A file that cannot be imported at all; the message says why in words an operator can act on. */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
