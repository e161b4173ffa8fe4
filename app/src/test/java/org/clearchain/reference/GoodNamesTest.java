package org.clearchain.reference;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A good as a buyer writes it finds ILAB's name for it; the synonym table leads only to listed names. */
class GoodNamesTest {

    private static final ReferenceEdition EDITION = new ReferenceEdition("goods-list", "US DOL ILAB List of Goods", "test", true);
    private static final GoodsRiskList LIST = new GoodsRiskList(EDITION, List.of(
            new GoodsRisk("BD", "Garments", true, true),
            new GoodsRisk("BR", "Açaí Berries", true, false),
            new GoodsRisk("IN", "Bidis (hand-rolled cigarettes)", true, false),
            new GoodsRisk("IN", "Bricks", true, true),
            new GoodsRisk("CN", "Cotton", false, true),
            new GoodsRisk("CD", "Cobalt ore (heterogenite)", true, false),
            new GoodsRisk("MX", "Beans (green beans)", true, false),
            new GoodsRisk("MX", "Beans", false, true),
            new GoodsRisk("NG", "Manioc/Cassava", true, false)));

    @Test
    void caseAndAccentsDoNotMatter() {
        assertEquals("Garments", LIST.find("BD", "garments").orElseThrow().good());
        assertEquals("Garments", LIST.find("bd", "  GARMENTS ").orElseThrow().good());
        assertEquals("Açaí Berries", LIST.find("BR", "acai berries").orElseThrow().good());
        assertEquals("Cotton", LIST.find("CN", "cotton").orElseThrow().good());
    }

    @Test
    void aQualifierInParenthesesAndAPluralMayBeLeftOut() {
        assertEquals("Bidis (hand-rolled cigarettes)", LIST.find("IN", "bidis").orElseThrow().good());
        assertEquals("Bricks", LIST.find("IN", "brick").orElseThrow().good());
        assertEquals("Cobalt ore (heterogenite)", LIST.find("CD", "cobalt ore").orElseThrow().good());
    }

    @Test
    void theSynonymTableLeadsFromABuyersWordToIlabs() {
        assertEquals("Garments", LIST.find("BD", "apparel").orElseThrow().good());
        assertEquals("Garments", LIST.find("BD", "Ready-made garments").orElseThrow().good());
        assertEquals("Cobalt ore (heterogenite)", LIST.find("CD", "cobalt").orElseThrow().good());
        assertEquals("Manioc/Cassava", LIST.find("NG", "cassava").orElseThrow().good());
    }

    @Test
    void whereAWordMatchesSeveralEntriesTheWorstCounts() {
        assertTrue(LIST.find("MX", "beans").orElseThrow().forcedLabour(), "Beans (forced) over Beans (green beans) (child)");
    }

    @Test
    void aGoodListedForAnotherCountryOrNotAtAllIsNotFound() {
        assertFalse(LIST.find("DE", "garments").isPresent());
        assertFalse(LIST.find("BD", "software").isPresent());
        assertFalse(LIST.find("BD", "").isPresent());
    }

    @Test
    void everySynonymLeadsToANameOnIlabsList() {
        Set<String> listed = listedNames();
        TreeSet<String> strays = new TreeSet<>();
        GoodNames.bundled().synonyms().forEach((written, name) -> {
            if (!listed.contains(name)) {
                strays.add(written + " → " + name);
            }
        });
        assertEquals(List.of(), List.copyOf(strays), "synonyms leading to no listed good");
        assertTrue(GoodNames.bundled().synonyms().size() > 40);
    }

    private static Set<String> listedNames() {
        try (InputStream in = GoodNamesTest.class.getClassLoader().getResourceAsStream("reference/ilab/goods.xml")) {
            String xml = Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
            Set<String> names = new TreeSet<>();
            Matcher m = Pattern.compile("<Good_Name>([^<]+)</Good_Name>").matcher(xml);
            while (m.find()) {
                names.add(m.group(1).strip());
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
