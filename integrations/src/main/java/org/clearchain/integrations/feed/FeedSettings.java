package org.clearchain.integrations.feed;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a feed's files come from. {@code inbox} is the folder watched for dropped files (processed ones move to
 * {@code .done/}, refused ones to {@code .failed/} beside a {@code .reason.txt}); {@code pullUrl}, when set, is
 * fetched every {@code pullInterval}; {@code organisationId} is the organisation that inbox and pulled files are
 * imported for (uploads are imported for the uploader's). With {@code clusterNamespace} set, the inbox and the
 * scheduled pull run on one instance at a time, through Camel's cluster service.
 */
public record FeedSettings(Path inbox, URI pullUrl, Duration pullInterval, int pullRetries, Duration pullRetryDelay,
                           Long organisationId, String clusterNamespace) {

    public boolean pulls() {
        return pullUrl != null;
    }

    public boolean clustered() {
        return clusterNamespace != null && !clusterNamespace.isBlank();
    }
}
