package org.clearchain.integrations.feed;

/** What a sink knows of the job it writes for. */
public record ImportContext(long jobId, String feed, String fileName, String checksum, Long organisationId) { }
