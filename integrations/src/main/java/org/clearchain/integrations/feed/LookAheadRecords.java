package org.clearchain.integrations.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * A {@link RecordStream} that reads one record ahead, so that {@code hasNext} can answer: a format says only how the
 * next record is read ({@link #readNext()}), and the iterator around it exists once.
 */
public abstract class LookAheadRecords<R> implements RecordStream<R> {

    private FeedLine<R> ahead;
    private boolean ended;

    /** The next record of the file, or null at its end. */
    protected abstract FeedLine<R> readNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (ahead == null && !ended) {
            try {
                ahead = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ended = ahead == null;
        }
        return ahead != null;
    }

    @Override
    public final FeedLine<R> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FeedLine<R> line = ahead;
        ahead = null;
        return line;
    }
}
