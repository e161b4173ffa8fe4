package org.clearchain.integrations.feed;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Reads a feed's file format into records, one at a time, so files of any size stream through. */
public interface FeedFormat<R> {

    /**
     * Opens the file. A file that cannot be read as this format at all (wrong header or delimiter, XML with a
     * DOCTYPE) throws here; a single bad record is a {@link FeedLine.Refused} and the rest goes on.
     */
    RecordStream<R> open(InputStream in) throws UnreadableFileException;

    /** The encoding files of this format come in; the importer refuses a file that is not valid in it. */
    default Charset charset() {
        return StandardCharsets.UTF_8;
    }

    /**
     * The encoding of a file that begins with {@code head} (its first few kilobytes, unpacked): a format that takes
     * files of several kinds, each in its own encoding, tells them apart here.
     */
    default Charset charsetOf(byte[] head) {
        return charset();
    }
}
