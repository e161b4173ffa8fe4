package org.clearchain.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What a pull on demand did: imported as a job, or found the source unchanged. */
@Serdeable
public record PullResult(String feed, String outcome, @Nullable Long jobId, Instant at) { }
