package org.clearchain.integrations.entitylist;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clearchain.integrations.country.CountryNames;
import org.clearchain.integrations.feed.CsvRecords;
import org.clearchain.integrations.feed.FeedFormat;
import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.RowException;
import org.clearchain.integrations.feed.UnreadableFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OFAC's SDN list as {@code sdn.csv}: no header, ISO-8859-1, every field quoted, {@code -0-} for an empty field,
 * twelve columns (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag,
 * Vess_owner, Remarks) and a Ctrl-Z byte as the last line. Aliases ("a.k.a. 'X'; f.k.a. 'Y'"), nationalities and
 * numbers (Registration ID, Tax ID No., Passport…) are read out of Remarks.
 */
final class OfacSdnFormat implements FeedFormat<ListedEntry> {

    private static final CountryNames COUNTRIES = CountryNames.bundled();

    static final String LIST = "OFAC-SDN";
    static final int COLUMNS = 12;

    private static final Pattern ALIAS = Pattern.compile("\\b[afn]\\.k\\.a\\.,?\\s*'(.+?)'(?=\\s*[;.,)]|\\s*$)");
    private static final Pattern NATIONALITY = Pattern.compile(
            "^(?:nationality|citizen|Nationality of Registration|Country of Registration)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTIFIER = Pattern.compile(
            "^(.*?(?:Registration|Tax ID|Company Number|Passport|National ID|Identification Number|IMO|USCC|Credit Code"
                    + "|Business Number|Commercial Registry|D-U-N-S|License|Cedula|RFC|NIT|Legal Entity Number|V\\.A\\.T\\."
                    + "|Enterprise Number|Chamber of Commerce|Certificate of Incorporation|Trade License|C\\.U\\.I\\.T\\."
                    + "|R\\.F\\.C\\.|C\\.U\\.R\\.P\\.|SSN|Cartilla|Matricula).*?)"
                    + "\\s+([A-Za-z0-9][A-Za-z0-9./-]*\\d[A-Za-z0-9./-]*)\\s*(?:\\(([^)]*)\\))?$");
    private static final Pattern PARENTHESISED_COUNTRY = Pattern.compile("\\(([^)]+)\\)\\s*$");

    @Override
    public Charset charset() {
        return StandardCharsets.ISO_8859_1;
    }

    @Override
    public RecordStream<ListedEntry> open(InputStream in) throws UnreadableFileException {
        try {
            CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                    .parse(new InputStreamReader(in, charset()));
            return new CsvRecords<>(parser, 1, OfacSdnFormat::row);
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableFileException("the SDN file cannot be read: " + e.getMessage(), e);
        }
    }

    static ListedEntry read(List<String> fields) {
        String number = value(fields.get(0));
        if (!number.matches("\\d+")) {
            throw new RowException("ent_num '" + number + "' is not a number");
        }
        String name = value(fields.get(1));
        if (name.isEmpty()) {
            throw new RowException("SDN_Name is missing");
        }
        String type = value(fields.get(2)).toLowerCase(Locale.ROOT);
        ListedEntry.Kind kind = switch (type) {
            case "individual" -> ListedEntry.Kind.PERSON;
            case "vessel" -> ListedEntry.Kind.VESSEL;
            case "aircraft" -> ListedEntry.Kind.AIRCRAFT;
            default -> ListedEntry.Kind.ENTITY;
        };
        String remarks = value(fields.get(11));
        List<String> aliases = new ArrayList<>();
        Matcher alias = ALIAS.matcher(remarks);
        while (alias.find()) {
            aliases.add(alias.group(1).strip());
        }
        List<String> countries = new ArrayList<>();
        COUNTRIES.codeFor(value(fields.get(9))).ifPresent(countries::add);
        List<ListedEntry.Identifier> identifiers = new ArrayList<>();
        for (String part : remarks.split(";")) {
            String segment = part.strip().replaceAll("\\.$", "").strip();
            if (segment.isEmpty() || ALIAS.matcher(segment).find()) {
                continue;
            }
            Matcher nationality = NATIONALITY.matcher(segment);
            if (nationality.matches()) {
                COUNTRIES.codeFor(nationality.group(1)).ifPresent(countries::add);
                continue;
            }
            Matcher identifier = IDENTIFIER.matcher(segment);
            if (identifier.matches()) {
                identifiers.add(new ListedEntry.Identifier(identifier.group(1).strip(), identifier.group(2)));
                if (identifier.group(3) != null) {
                    COUNTRIES.codeFor(identifier.group(3)).ifPresent(countries::add);
                }
                continue;
            }
            Matcher located = PARENTHESISED_COUNTRY.matcher(segment);
            if (located.find()) {
                // "… No. 123 (Iran)": whatever the number is, the country it was issued in
                COUNTRIES.codeFor(located.group(1)).ifPresent(countries::add);
            } else if (segment.startsWith("POB") || segment.startsWith("Address")) {
                COUNTRIES.codeFor(segment.substring(segment.lastIndexOf(',') + 1)).ifPresent(countries::add);
            }
        }
        return new ListedEntry(LIST, number, kind, name, aliases, countries, identifiers, false, value(fields.get(3)), remarks);
    }

    /** {@code -0-} (with the trailing space the file has) is OFAC's empty field. */
    private static String value(String field) {
        String trimmed = field == null ? "" : field.strip();
        return "-0-".equals(trimmed) ? "" : trimmed;
    }

    /** The Ctrl-Z that ends OFAC's files, or a line of nothing but spaces: no row. */
    private static FeedLine<ListedEntry> row(long line, CSVRecord record) {
        if (record.size() == 1 && record.get(0).replace("\u001a", "").isBlank()) {
            return null;
        }
        List<String> fields = record.toList();
        String raw = String.join(",", fields);
        if (fields.size() < COLUMNS) {
            return new FeedLine.Refused<>(line, raw, "the row has " + fields.size() + " fields, an SDN row "
                    + COLUMNS + " (a truncated line?)");
        }
        try {
            return new FeedLine.Accepted<>(line, raw, read(fields));
        } catch (RowException e) {
            return new FeedLine.Refused<>(line, raw, e.getMessage());
        }
    }
}
