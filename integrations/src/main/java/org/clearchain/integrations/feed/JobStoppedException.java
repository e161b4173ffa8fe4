package org.clearchain.integrations.feed;

/**
 * The job was taken as stopped while its import still ran (its heartbeat was not seen in time, e.g. while the database
 * was out of reach) and is failed already: the import ends without writing more. A retry completes it.
 */
public class JobStoppedException extends RuntimeException {

    public JobStoppedException(String reason) {
        super(reason, null, false, false);
    }
}
