package org.clearchain.integrations.feed;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;

/**
 * The records of an XML file, read one at a time by {@link #read}; XML that breaks off midway ends the stream with one
 * refused line saying where, and what was read before stays.
 */
public abstract class XmlRecordStream<R> extends LookAheadRecords<R> {

    protected final XMLStreamReader xml;
    private boolean broken;

    protected XmlRecordStream(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The next record, or {@code null} at the end of the document. */
    protected abstract FeedLine<R> read() throws XMLStreamException;

    @Override
    protected final FeedLine<R> readNext() {
        if (broken) {
            return null;
        }
        try {
            return read();
        } catch (XMLStreamException e) {
            broken = true;
            long at = e.getLocation() == null ? xml.getLocation().getLineNumber() : e.getLocation().getLineNumber();
            return new FeedLine.Refused<>(at, "", "the rest of the file cannot be read as XML: " + e.getMessage());
        }
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
