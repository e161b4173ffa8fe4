package org.clearchain.integrations.feed;

import java.io.IOException;
import java.util.Iterator;

/** The records of one open file, read lazily. */
public interface RecordStream<R> extends Iterator<FeedLine<R>>, AutoCloseable {

    @Override
    void close() throws IOException;
}
