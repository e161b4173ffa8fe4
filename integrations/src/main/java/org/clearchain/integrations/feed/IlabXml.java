package org.clearchain.integrations.feed;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reading the XML files of the US DOL ILAB app data ({@code goods.xml}, {@code countries.xml}) with StAX, one element
 * at a time: DTDs and external entities are switched off, and a file that declares a DOCTYPE is refused whole (ILAB's
 * files have none; one that has is either not ILAB's or an attempt to make the parser read files or URLs).
 */
public final class IlabXml {

    private IlabXml() {
    }

    /** Opens the file and checks its root element, so a file of another kind fails before any row. */
    public static XMLStreamReader open(InputStream in, String root, String what) throws UnreadableFileException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableFileException("the XML declares a DOCTYPE (line " + xml.getLocation().getLineNumber()
                            + "); DTDs and entities are refused, since they can make a parser read files or URLs (XXE),"
                            + " and ILAB's files have none");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!root.equals(xml.getLocalName())) {
                        throw new UnreadableFileException("the XML's root element is <" + xml.getLocalName() + ">, not <"
                                + root + ">: this is not " + what);
                    }
                    return xml;
                }
            }
            throw new UnreadableFileException("the XML has no root element");
        } catch (XMLStreamException e) {
            throw new UnreadableFileException("the file is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Moves to the next start of one of {@code elements}; its name, or {@code null} at the end of the document. */
    public static String nextStart(XMLStreamReader xml, Set<String> elements) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && elements.contains(xml.getLocalName())) {
                return xml.getLocalName();
            }
        }
        return null;
    }

    /** The line of the element just started. */
    public static long line(XMLStreamReader xml) {
        return xml.getLocation().getLineNumber();
    }

    /** The text of the element just started, up to its end (NFC, stripped). */
    public static String text(XMLStreamReader xml) throws XMLStreamException {
        return plain(xml.getElementText());
    }

    /**
     * The texts of the children of the element just started, read to its end; grandchildren (a country's goods, its
     * statistics) are passed over. Text is NFC-normalised and stripped: ILAB writes some names with combining accents
     * ({@code Açaí} as {@code c} + U+0327).
     */
    public static Map<String, String> children(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> children = new HashMap<>();
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                text.setLength(0);
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && depth == 1) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return children;
                }
                if (depth == 1) {
                    children.putIfAbsent(xml.getLocalName(), plain(text.toString()));
                }
                depth--;
            }
        }
        throw new XMLStreamException("the file ends inside an element");
    }

    /** ILAB's flags: {@code Yes} or {@code No}. */
    public static boolean yes(Map<String, String> fields, String name) {
        return "yes".equalsIgnoreCase(fields.getOrDefault(name, ""));
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }
}
