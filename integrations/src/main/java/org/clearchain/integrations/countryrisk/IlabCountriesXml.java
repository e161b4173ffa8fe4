package org.clearchain.integrations.countryrisk;

import org.clearchain.integrations.country.CountryNames;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.IlabXml;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.UnreadableFileException;
import org.clearchain.integrations.feed.XmlRecordStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ILAB's country assessments as its app publishes them ({@code countries.xml}: {@code Countries/Country} with
 * {@code Name}, {@code Advancement_Level} and a {@code Description} that opens "In 2022, <country> made …"), read as a
 * country-risk edition by proxy: c from the advancement level ({@link AdvancementLevel}), the edition named after the
 * reporting year ("ILAB child-labour governance assessment 2022"), every row marked as a proxy. A country without a
 * level is kept without a figure. Regions are left to the bundled UN M49 table, so that the regional mean of a
 * country ILAB does not assess is taken over neighbours, as for any other edition.
 */
final class IlabCountriesXml {

    static final String SOURCE = "US DOL ILAB, Findings on the Worst Forms of Child Labor";
    private static final Pattern YEAR = Pattern.compile("^In (\\d{4}),");

    private IlabCountriesXml() {
    }

    /**
     * The whole file is read before its first row is handed on (ILAB's file holds some 150 countries): the edition is
     * named after the reporting year, which the first assessed country's description gives.
     */
    static RecordStream<CountryRiskRow> open(InputStream in, CountryNames countries) throws UnreadableFileException {
        XMLStreamReader xml = IlabXml.open(in, "Countries", "ILAB's country assessments (countries.xml, root <Countries>)");
        return new XmlRecordStream<>(xml) {
            private Deque<FeedLine<CountryRiskRow>> rows;

            @Override
            protected FeedLine<CountryRiskRow> read() throws XMLStreamException {
                if (rows == null) {
                    rows = readAll();
                }
                return rows.pollFirst();
            }

            private Deque<FeedLine<CountryRiskRow>> readAll() throws XMLStreamException {
                record Read(long line, Map<String, String> fields) { }
                Deque<Read> read = new ArrayDeque<>();
                String year = null;
                while (IlabXml.nextStart(xml, Set.of("Country")) != null) {
                    Read country = new Read(IlabXml.line(xml), IlabXml.children(xml));
                    read.add(country);
                    Matcher m = YEAR.matcher(country.fields().getOrDefault("Description", ""));
                    if (year == null && m.find()) {
                        year = m.group(1);
                    }
                }
                if (year == null) {
                    throw new XMLStreamException("no country's Description opens with \"In <year>,\": the reporting year,"
                            + " which names the edition, is unknown");
                }
                String edition = "ILAB child-labour governance assessment " + year;
                Deque<FeedLine<CountryRiskRow>> rows = new ArrayDeque<>();
                for (Read country : read) {
                    rows.add(row(country.line(), country.fields(), edition, countries));
                }
                return rows;
            }
        };
    }

    private static FeedLine<CountryRiskRow> row(long line, Map<String, String> fields, String edition, CountryNames countries) {
        String name = fields.getOrDefault("Name", "");
        String written = fields.getOrDefault("Advancement_Level", "");
        String raw = name + " / " + (written.isEmpty() ? "(no Advancement_Level)" : written);
        Optional<String> code = countries.codeFor(name);
        if (name.isEmpty() || code.isEmpty()) {
            return new FeedLine.Refused<>(line, raw, name.isEmpty() ? "Name is missing" : "unknown country '" + name + "'");
        }
        Optional<AdvancementLevel> level;
        try {
            level = AdvancementLevel.of(written);
        } catch (IllegalArgumentException e) {
            return new FeedLine.Refused<>(line, raw, e.getMessage());
        }
        String note = level.map(l -> l.label).orElse(written.isEmpty() ? "not assessed" : "No Assessment");
        return new FeedLine.Accepted<>(line, raw, new CountryRiskRow(code.get(), level.map(l -> l.c).orElse(null), null,
                SOURCE, edition, true, note));
    }
}
