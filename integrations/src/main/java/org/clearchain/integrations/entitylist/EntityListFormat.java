package org.clearchain.integrations.entitylist;

import org.clearchain.integrations.feed.FeedFormat;
import org.clearchain.integrations.feed.FileHead;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.UnreadableFileException;
import org.clearchain.integrations.text.Ellipsis;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code entity-list} feed's files, in any of four formats told apart by their first bytes, so an operator
 * drops the list as its publisher ships it and need not say which it is: XML is the UN consolidated list, a JSON
 * object is FollowTheMoney entities, a first line that starts with the {@code Entity} column is CBP's forced-labour
 * list, and a first line that starts with a number then a quoted name is OFAC's SDN file. Each format brings its
 * own encoding: OFAC's is ISO-8859-1, the others UTF-8.
 */
public final class EntityListFormat implements FeedFormat<ListedEntry> {

    private static final Pattern OFAC_FIRST_LINE = Pattern.compile("^\\d+\\s*,\\s*\"");
    private static final Pattern CBP_FIRST_LINE = Pattern.compile("^\"?entity\"?\\s*[,;\\t|]", Pattern.CASE_INSENSITIVE);

    enum Kind {
        OFAC_SDN(new OfacSdnFormat()), UN_CONSOLIDATED(new UnConsolidatedListFormat()),
        CBP_FORCED_LABOUR(new CbpForcedLabourFormat()), FOLLOW_THE_MONEY(new FollowTheMoneyFormat());

        final FeedFormat<ListedEntry> format;

        Kind(FeedFormat<ListedEntry> format) {
            this.format = format;
        }
    }

    @Override
    public Charset charsetOf(byte[] head) {
        return detect(head).map(kind -> kind.format.charset()).orElse(StandardCharsets.UTF_8);
    }

    @Override
    public RecordStream<ListedEntry> open(InputStream in) throws UnreadableFileException {
        FileHead head = FileHead.of(in);
        Kind kind = detect(head.bytes()).orElseThrow(() -> new UnreadableFileException("the file is none of the entity-list"
                + " formats: OFAC SDN CSV (first line: ent_num,\"SDN_Name\",…), UN Security Council consolidated XML"
                + " (<CONSOLIDATED_LIST>), CBP forced-labour CSV (header Entity, Country, Country Code, …) or"
                + " FollowTheMoney JSON lines ({\"id\", \"schema\", \"properties\"}); it starts with '"
                + firstLine(head.bytes(), StandardCharsets.ISO_8859_1) + "'"));
        return kind.format.open(head.file());
    }

    static Optional<Kind> detect(byte[] head) {
        int start = FileHead.contentStart(head);
        if (start >= head.length) {
            return Optional.empty();
        }
        if (head[start] == '<') {
            return Optional.of(Kind.UN_CONSOLIDATED);
        }
        if (head[start] == '{') {
            return Optional.of(Kind.FOLLOW_THE_MONEY);
        }
        String line = firstLine(Arrays.copyOfRange(head, start, head.length), StandardCharsets.ISO_8859_1);
        if (CBP_FIRST_LINE.matcher(line).find()) {
            return Optional.of(Kind.CBP_FORCED_LABOUR);
        }
        if (OFAC_FIRST_LINE.matcher(line).find()) {
            return Optional.of(Kind.OFAC_SDN);
        }
        return Optional.empty();
    }

    private static String firstLine(byte[] head, Charset charset) {
        String text = new String(head, charset);
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).strip();
        return Ellipsis.cut(line, 80);
    }
}
