package org.clearchain.integrations.feed;

/**
 * A file about to be imported. {@code organisationId} is the organisation the records are imported for (the
 * uploader's, or the one configured for an inbox); {@code queuedJobId} is set when the job was already created,
 * as for an upload, whose job the client sees before the import starts.
 */
public record ImportRequest(String feed, String fileName, String checksum, long bytes, ImportSource source,
                            Long organisationId, Long queuedJobId) { }
