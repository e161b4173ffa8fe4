package org.clearchain.screening;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matcher alone: what counts as the same name, what moves a score, and that the index loses nothing. */
class EntityMatcherTest {

    private static final ScreenedEntry APPAREL = new ScreenedEntry(1, "CBP-WRO", List.of("Hetian Sunrise Apparel Co., Ltd."),
            List.of("CN"), List.of(), "h1");
    private static final ScreenedEntry TRADER = new ScreenedEntry(2, "OFAC-SDN",
            List.of("AL-NOOR MARITIME TRADING LLC", "AL NOOR MARINE", "NOOR SHIPPING AND TRADING FZE"), List.of("AE"),
            List.of("1234567"), "h2");
    private static final ScreenedEntry FARM = new ScreenedEntry(3, "CBP-WRO", List.of("Țara Verde Agro SRL"), List.of("RO"),
            List.of(), "h3");
    private static final ScreenedEntry GLOVES = new ScreenedEntry(4, "CBP-WRO", List.of("Golden Lotus Gloves Sdn. Bhd."),
            List.of("MY"), List.of(), "h4");

    private final EntityMatcher matcher = new EntityMatcher(List.of(APPAREL, TRADER, FARM, GLOVES), EntityMatcher.Settings.DEFAULT);

    private static ScreeningSubject supplier(String name, String country) {
        return new ScreeningSubject(SubjectType.SUPPLIER, 10, name, country, null);
    }

    private List<Match> match(String name, String country) {
        return matcher.match(supplier(name, country));
    }

    @Test
    void theSameNameWithoutCaseAccentsPunctuationOrLegalFormIsAnExactMatch() {
        Match match = match("TARA VERDE AGRO S.R.L.", "RO").get(0);

        assertEquals(3, match.entryId());
        assertEquals(1.0, match.score());
        assertEquals("Țara Verde Agro SRL", match.matchedName());
        assertTrue(match.reasons().get(0).startsWith("same name"), match.reasons()::toString);
        assertTrue(match.reasons().contains("country RO agrees"), match.reasons()::toString);
    }

    @Test
    void aTypoAnotherWordOrderOrAnotherLegalFormStillMatch() {
        assertEquals(1, match("Hetian Sunrlse Apparel Co Ltd", "CN").get(0).entryId());
        assertEquals(1, match("Sunrise Hetian Apparel", "CN").get(0).entryId());
        assertEquals(1, match("Hetian Sunrise Apparel Limited", "CN").get(0).entryId());
        assertEquals(4, match("Golden Lotus Glove Sdn Bhd", "MY").get(0).entryId());
    }

    @Test
    void anAliasMatchesAndIsNamedAsTheMatchedName() {
        Match match = match("Al Noor Marine", null).get(0);

        assertEquals(2, match.entryId());
        assertEquals("AL NOOR MARINE", match.matchedName());
    }

    @Test
    void anotherCountryLowersTheScoreAndTheSameOneRaisesIt() {
        double same = match("Hetian Sunrise Apparels", "CN").get(0).score();
        double other = match("Hetian Sunrise Apparels", "VN").get(0).score();
        double unknown = match("Hetian Sunrise Apparels", null).get(0).score();

        assertTrue(same > unknown && unknown > other, same + " > " + unknown + " > " + other);
        assertTrue(match("Hetian Sunrise Apparels", "VN").get(0).reasons().contains("listed in CN, not VN"));
    }

    @Test
    void anUnrelatedNameIsNoMatch() {
        assertEquals(List.of(), match("Carpathian Knitwear Cooperative", "RO"));
        assertEquals(List.of(), match("Co., Ltd.", "CN"), "a name of legal forms only says nothing");
    }

    @Test
    void theSameRegistrationNumberMatchesWhateverTheName() {
        List<Match> matches = matcher.match(new ScreeningSubject(SubjectType.AGENCY, 5, "Gulf Sea Services", "AE", "12-34-567"));

        assertEquals(1, matches.size());
        assertEquals(2, matches.get(0).entryId());
        assertTrue(matches.get(0).reasons().contains("registration number 12-34-567 is on the entry"), matches.get(0).reasons()::toString);
    }

    @Test
    void theThresholdDecidesWhatIsAHit() {
        EntityMatcher strict = new EntityMatcher(List.of(APPAREL), EntityMatcher.Settings.DEFAULT.withThreshold(0.99));

        assertEquals(List.of(), strict.match(supplier("Hetian Sunrlse Apparel", null)));
        assertEquals(1, strict.match(supplier("Hetian Sunrise Apparel", null)).size());
    }

    @Test
    void theIndexFindsWhatComparingEveryPairFinds() {
        for (String name : List.of("Hetian Sunrlse Apparel", "Apparel Sunrise Hetian", "Golden Lotus", "Noor Shipping & Trading",
                "Tara Verde", "Verde Tara Agro", "Lotus Golden Gloves", "Hetain Sunrise Aparel")) {
            ScreeningSubject subject = supplier(name, null);
            assertEquals(matcher.matchAllPairs(subject), matcher.match(subject), name);
        }
    }
}
