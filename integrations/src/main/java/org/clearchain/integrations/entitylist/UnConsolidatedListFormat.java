package org.clearchain.integrations.entitylist;

import org.clearchain.integrations.country.CountryNames;
import org.clearchain.integrations.feed.FeedFormat;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.LookAheadRecords;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.UnreadableFileException;
import org.clearchain.integrations.text.Ellipsis;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The UN Security Council consolidated list as XML ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS/INDIVIDUAL}
 * and {@code ENTITIES/ENTITY}), read with StAX one entry at a time. DTDs and external entities are switched off,
 * and a file that declares a DOCTYPE at all is refused whole before any entry: the UN's file has none, and one
 * that has is either not the UN's or an attempt to make the parser read files or URLs (XXE).
 */
final class UnConsolidatedListFormat implements FeedFormat<ListedEntry> {

    private static final CountryNames COUNTRIES = CountryNames.bundled();

    static final String LIST = "UN-SC";
    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final Set<String> RECORDS = Set.of("INDIVIDUAL", "ENTITY");
    private static final List<String> NAME_PARTS = List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");
    private static final Set<String> GROUPS = Set.of("INDIVIDUAL_ALIAS", "ENTITY_ALIAS", "INDIVIDUAL_ADDRESS",
            "ENTITY_ADDRESS", "INDIVIDUAL_DOCUMENT", "NATIONALITY", "INDIVIDUAL_PLACE_OF_BIRTH");

    @Override
    public RecordStream<ListedEntry> open(InputStream in) throws UnreadableFileException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableFileException("the XML declares a DOCTYPE (line " + xml.getLocation().getLineNumber()
                            + "); DTDs and entities are refused, since they can make a parser read files or URLs (XXE),"
                            + " and the UN's consolidated list has none");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!ROOT.equals(xml.getLocalName())) {
                        throw new UnreadableFileException("the XML's root element is " + xml.getLocalName() + ", not "
                                + ROOT + ": this is not the UN Security Council consolidated list");
                    }
                    return new Entries(xml);
                }
            }
            throw new UnreadableFileException("the XML has no root element");
        } catch (XMLStreamException e) {
            throw new UnreadableFileException("the file is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** What one INDIVIDUAL or ENTITY says, gathered while it is read. */
    private static final class Gathered {
        final Map<String, String> fields = new HashMap<>();
        final List<String> aliases = new ArrayList<>();
        final List<String> countries = new ArrayList<>();
        final List<ListedEntry.Identifier> identifiers = new ArrayList<>();
        Map<String, String> group;
    }

    private static final class Entries extends LookAheadRecords<ListedEntry> {

        private final XMLStreamReader xml;
        private boolean done;

        Entries(XMLStreamReader xml) {
            this.xml = xml;
        }

        @Override
        protected FeedLine<ListedEntry> readNext() {
            long line = xml.getLocation().getLineNumber();
            try {
                while (!done && xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && RECORDS.contains(xml.getLocalName())) {
                        line = xml.getLocation().getLineNumber();
                        String kind = xml.getLocalName();
                        return entry(line, kind, gather(kind));
                    }
                }
                done = true;
                return null;
            } catch (XMLStreamException e) {
                done = true;
                long at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
                return new FeedLine.Refused<>(at, "", "the rest of the file cannot be read as XML: " + e.getMessage());
            }
        }

        private Gathered gather(String record) throws XMLStreamException {
            Gathered g = new Gathered();
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    text.setLength(0);
                    if (GROUPS.contains(xml.getLocalName())) {
                        g.group = new HashMap<>();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals(record)) {
                        return g;
                    }
                    if (GROUPS.contains(name)) {
                        close(name, g);
                        g.group = null;
                    } else if (g.group != null) {
                        g.group.merge(name, text.toString().strip(), (a, b) -> a);
                    } else {
                        g.fields.merge(name, text.toString().strip(), (a, b) -> a.isEmpty() ? b : a);
                    }
                    text.setLength(0);
                }
            }
            throw new XMLStreamException("the file ends inside " + record);
        }

        private static void close(String group, Gathered g) {
            Map<String, String> f = g.group;
            switch (group) {
                case "INDIVIDUAL_ALIAS", "ENTITY_ALIAS" -> {
                    String alias = f.getOrDefault("ALIAS_NAME", "");
                    if (!alias.isEmpty()) {
                        g.aliases.add(alias);
                    }
                }
                case "NATIONALITY" -> COUNTRIES.codeFor(f.get("VALUE")).ifPresent(g.countries::add);
                case "INDIVIDUAL_DOCUMENT" -> {
                    String number = f.getOrDefault("NUMBER", "");
                    if (!number.isEmpty()) {
                        g.identifiers.add(new ListedEntry.Identifier(f.getOrDefault("TYPE_OF_DOCUMENT", "Document"), number));
                    }
                    COUNTRIES.codeFor(f.get("ISSUING_COUNTRY")).ifPresent(g.countries::add);
                }
                default -> COUNTRIES.codeFor(f.get("COUNTRY")).ifPresent(g.countries::add);
            }
        }

        private static FeedLine<ListedEntry> entry(long line, String kind, Gathered g) {
            String name = NAME_PARTS.stream().map(part -> g.fields.getOrDefault(part, ""))
                    .filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
            String reference = g.fields.getOrDefault("REFERENCE_NUMBER", "");
            String raw = (reference + " " + name).strip();
            if (reference.isEmpty()) {
                return new FeedLine.Refused<>(line, raw, kind + " has no REFERENCE_NUMBER");
            }
            if (name.isEmpty()) {
                return new FeedLine.Refused<>(line, raw, kind + " " + reference + " has no name (FIRST_NAME…)");
            }
            List<String> aliases = Stream.concat(g.aliases.stream(),
                    Stream.of(g.fields.getOrDefault("NAME_ORIGINAL_SCRIPT", ""))).filter(a -> !a.isEmpty()).toList();
            String comments = g.fields.getOrDefault("COMMENTS1", "");
            return new FeedLine.Accepted<>(line, raw, new ListedEntry(LIST, reference,
                    "INDIVIDUAL".equals(kind) ? ListedEntry.Kind.PERSON : ListedEntry.Kind.ENTITY, name, aliases,
                    g.countries, g.identifiers, false, g.fields.getOrDefault("UN_LIST_TYPE", ""),
                    Ellipsis.cut(comments, 2000)));
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
}
