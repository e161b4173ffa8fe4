package org.clearchain.integrations.goodslist;

import org.clearchain.integrations.feed.FeedLine;
import org.clearchain.integrations.feed.IlabXml;
import org.clearchain.integrations.feed.RecordStream;
import org.clearchain.integrations.feed.RowException;
import org.clearchain.integrations.feed.UnreadableFileException;
import org.clearchain.integrations.feed.XmlRecordStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/**
 * ILAB's List of Goods as its app publishes it ({@code goods.xml}: {@code Goods/Good} with {@code Good_Name} and
 * {@code Countries/Country}, each with {@code Country_Name} and {@code Yes}/{@code No} flags): one record per good ×
 * country. {@code Forced_Child_Labor} counts as both child and forced labour. An entry listed only for
 * {@code Derived_Labor_Exploitation} (a good made from inputs produced with child or forced labour elsewhere, such as
 * solar modules from polysilicon) is refused with that reason: methodology 1.0 gives it no points.
 */
final class IlabGoodsXml {

    private IlabGoodsXml() {
    }

    interface Listing {
        ListedGood listed(String country, String good, boolean child, boolean forced);
    }

    static RecordStream<ListedGood> open(InputStream in, Listing listing) throws UnreadableFileException {
        XMLStreamReader xml = IlabXml.open(in, "Goods", "ILAB's List of Goods (goods.xml, root <Goods>)");
        return new XmlRecordStream<>(xml) {
            private String good = "";

            @Override
            protected FeedLine<ListedGood> read() throws XMLStreamException {
                String element;
                while ((element = IlabXml.nextStart(xml, Set.of("Good", "Good_Name", "Country"))) != null) {
                    switch (element) {
                        case "Good" -> good = "";
                        case "Good_Name" -> good = IlabXml.text(xml);
                        default -> {
                            long line = IlabXml.line(xml);
                            return entry(line, IlabXml.children(xml));
                        }
                    }
                }
                return null;
            }

            private FeedLine<ListedGood> entry(long line, Map<String, String> country) {
                String name = country.getOrDefault("Country_Name", "");
                String raw = good + " / " + name;
                boolean forcedChild = IlabXml.yes(country, "Forced_Child_Labor");
                boolean child = IlabXml.yes(country, "Child_Labor") || forcedChild;
                boolean forced = IlabXml.yes(country, "Forced_Labor") || forcedChild;
                if (!child && !forced && IlabXml.yes(country, "Derived_Labor_Exploitation")) {
                    return new FeedLine.Refused<>(line, raw, "listed for derived labour exploitation only (inputs from "
                            + country.getOrDefault("Derived_Country", "elsewhere") + "): methodology 1.0 scores child and"
                            + " forced labour in the good itself, so the entry is not kept");
                }
                try {
                    return new FeedLine.Accepted<>(line, raw, listing.listed(name, good, child, forced));
                } catch (RowException e) {
                    return new FeedLine.Refused<>(line, raw, e.getMessage());
                }
            }
        };
    }
}
