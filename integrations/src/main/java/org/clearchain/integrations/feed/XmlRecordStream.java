package org.clearchain.integrations.feed;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The records of an XML file, read one at a time by {@link #read}; XML that breaks off midway ends the stream with one
 * refused line saying where, and what was read before stays.
 */
public abstract class XmlRecordStream<R> implements RecordStream<R> {

    protected final XMLStreamReader xml;
    private FeedLine<R> pending;
    private boolean done;

    protected XmlRecordStream(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The next record, or {@code null} at the end of the document. */
    protected abstract FeedLine<R> read() throws XMLStreamException;

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            try {
                pending = read();
            } catch (XMLStreamException e) {
                long at = e.getLocation() == null ? xml.getLocation().getLineNumber() : e.getLocation().getLineNumber();
                pending = new FeedLine.Refused<>(at, "", "the rest of the file cannot be read as XML: " + e.getMessage());
                done = true;
            }
            done = done || pending == null;
        }
        return pending != null;
    }

    @Override
    public FeedLine<R> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FeedLine<R> line = pending;
        pending = null;
        return line;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
