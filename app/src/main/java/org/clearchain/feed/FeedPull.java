package org.clearchain.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The last pull of a feed's URL, and the validators (ETag, Last-Modified) of the last file it imported. */
@MappedEntity("feed_pull")
record FeedPull(@Id String feed, @Nullable String etag, @Nullable String lastModified, Instant pulledAt, String outcome) {
}
