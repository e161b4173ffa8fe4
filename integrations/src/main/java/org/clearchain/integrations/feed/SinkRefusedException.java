package org.clearchain.integrations.feed;

/** A sink that cannot take a file at all (e.g. no organisation to import for); the message is the job's reason. */
public class SinkRefusedException extends RuntimeException {

    public SinkRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
