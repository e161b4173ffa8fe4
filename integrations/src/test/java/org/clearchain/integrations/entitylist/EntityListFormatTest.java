package org.clearchain.integrations.entitylist;

import org.clearchain.integrations.feed.FeedDefinition;
import org.clearchain.integrations.feed.FeedImporter;
import org.clearchain.integrations.feed.FileLimits;
import org.clearchain.integrations.feed.ImportSource;
import org.clearchain.integrations.testing.CollectingSink;
import org.clearchain.integrations.testing.MemoryImportJobs;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each list format as its publisher ships it, read through the importer as a file dropped in the inbox would be. */
class EntityListFormatTest {

    private final MemoryImportJobs jobs = new MemoryImportJobs();
    private final CollectingSink<ListedEntry> feed = new CollectingSink<>();
    private final FeedImporter importer = new FeedImporter(jobs, FileLimits.DEFAULT, 2, FeedImporter.ImportListener.NONE);

    private FeedImporter.Outcome importSample(String name) {
        return importer.importFile(new FeedDefinition<>(EntityListRoute.FEED, new EntityListFormat(), feed), sample(name),
                name, ImportSource.INBOX, null, null);
    }

    private Map<String, ListedEntry> byKey() {
        Map<String, ListedEntry> byKey = new HashMap<>();
        feed.records().forEach(e -> byKey.put(e.entryKey(), e));
        return byKey;
    }

    static Path sample(String name) {
        try {
            return Path.of(EntityListFormatTest.class.getResource("/entity-list/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> rejections(FeedImporter.Outcome outcome) {
        return jobs.job(outcome.jobId()).rejected.stream().map(r -> r.line() + ": " + r.reason()).toList();
    }

    @Test
    void ofacSdnIsReadAsLatin1WithAliasesNumbersAndCountriesFromRemarks() {
        FeedImporter.Outcome outcome = importSample("ofac-sdn.csv");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::reason);
        Map<String, ListedEntry> entries = byKey();
        assertEquals(6, entries.size(), entries::toString);
        ListedEntry person = entries.get("10002");
        assertEquals("GONZÁLEZ PEÑA, José María", person.name());
        assertEquals(ListedEntry.Kind.PERSON, person.kind());
        assertEquals(List.of("MX"), person.countries());
        assertEquals(List.of(new ListedEntry.Identifier("Passport", "G12345678")), person.identifiers());
        ListedEntry trader = entries.get("10001");
        assertEquals("OFAC-SDN", trader.listName());
        assertEquals(List.of("AL NOOR MARINE", "NOOR SHIPPING AND TRADING FZE"), trader.aliases());
        assertEquals(List.of("AE"), trader.countries());
        assertEquals("1234567", trader.identifiers().get(0).value());
        assertEquals("SDGT] [IRGC", trader.programme());
        assertFalse(trader.forcedLabour(), "OFAC is a sanctions list");
        ListedEntry textiles = entries.get("10003");
        assertEquals(List.of("TEXPAC", "CONFECCIONES PACÍFICO"), textiles.aliases());
        assertEquals(List.of(new ListedEntry.Identifier("R.F.C.", "TPA990101AB1")), textiles.identifiers());
        assertEquals(List.of("MX"), textiles.countries());
        ListedEntry vessel = entries.get("10004");
        assertEquals(ListedEntry.Kind.VESSEL, vessel.kind());
        assertEquals(List.of("KP"), vessel.countries());
        assertEquals("91210100MA0XH2KQ1X", entries.get("10005").identifiers().get(0).value());
        assertEquals(List.of(), entries.get("10006").aliases(), "-0- is empty");
        assertEquals(1, feed.finished.size(), "the closing Ctrl-Z is no row");
        assertEquals(6, feed.finished.get(0).read());
    }

    @Test
    void aTruncatedSdnLineIsRefusedAloneWithItsLineNumber() {
        FeedImporter.Outcome outcome = importSample("ofac-sdn-truncated.csv");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status());
        assertEquals(3, feed.received.size());
        assertEquals(List.of("4: the row has 6 fields, an SDN row 12 (a truncated line?)"), rejections(outcome));
    }

    @Test
    void theUnConsolidatedListGivesIndividualsAndEntitiesWithAliasesAndAddresses() {
        FeedImporter.Outcome outcome = importSample("un-consolidated.xml");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::reason);
        Map<String, ListedEntry> entries = byKey();
        assertEquals(3, entries.size(), entries::toString);
        ListedEntry person = entries.get("KPi.901");
        assertEquals("KIM CHOL SU", person.name());
        assertEquals(List.of("Kim Chol-su", "김철수"), person.aliases());
        assertEquals(List.of("CN", "KP"), person.countries());
        assertEquals(List.of(new ListedEntry.Identifier("Passport", "836410035")), person.identifiers());
        ListedEntry company = entries.get("KPe.901");
        assertEquals(ListedEntry.Kind.ENTITY, company.kind());
        assertEquals("UN-SC", company.listName());
        assertEquals(List.of("Koryo Labour Export Bureau", "Korea Overseas Construction Corporation"), company.aliases());
        assertEquals(List.of("KP", "RU"), company.countries());
        assertEquals(List.of("PK"), entries.get("QDe.901").countries());
        List<String> rejected = rejections(outcome);
        assertEquals(1, rejected.size(), rejected::toString);
        assertTrue(rejected.get(0).endsWith("ENTITY has no REFERENCE_NUMBER"), rejected::toString);
    }

    @Test
    void anXmlFileWithADoctypeIsRefusedWholeBeforeAnyEntry() {
        FeedImporter.Outcome outcome = importSample("un-xxe.xml");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("declares a DOCTYPE") && outcome.reason().contains("XXE"), outcome::reason);
        assertTrue(feed.received.isEmpty());
        assertTrue(feed.finished.isEmpty(), "a refused file is no edition");
    }

    @Test
    void cbpRowsAreForcedLabourEntriesKeyedByNameAndCountry() {
        FeedImporter.Outcome outcome = importSample("cbp-forced-labour.csv");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::reason);
        assertEquals(5, feed.received.size());
        ListedEntry apparel = byKey().get("hetian sunrise apparel co., ltd.|CN");
        assertEquals("CBP-WRO", apparel.listName());
        assertTrue(apparel.forcedLabour());
        assertEquals("WRO", apparel.programme());
        assertTrue(apparel.remarks().contains("Industry: Apparel"), apparel::remarks);
        assertFalse(byKey().get("mekong brick kiln enterprise|KH").forcedLabour(), "an Inactive order no longer holds");
        assertEquals(List.of("RO"), byKey().get("țara verde agro srl|RO").countries(), "country name when the code is blank");
        assertEquals(List.of("7: Entity is missing"), rejections(outcome));
    }

    @Test
    void aCbpFileWithAnotherHeaderIsRefusedWithWhatWasFound() {
        FeedImporter.Outcome outcome = importSample("cbp-header-mismatch.csv");

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().startsWith("the header does not match"), outcome::reason);
        assertTrue(outcome.reason().contains("separated by ';'"), outcome::reason);
    }

    @Test
    void followTheMoneyEntitiesWithTheirAddressesByReference() {
        FeedImporter.Outcome outcome = importSample("ftm-donations.ijson");

        assertEquals(FeedImporter.Outcome.Status.SUCCEEDED, outcome.status(), outcome::reason);
        assertEquals(15, feed.received.size(), "companies, organisations and people; payments and addresses are no entries");
        ListedEntry person = byKey().get("f9c295f21b233ac878fbac4d271bb6fd13d7952a");
        assertEquals("Frau Lina Dachner", person.name());
        assertEquals(List.of("DE"), person.countries());
        assertEquals("FtM", person.listName());
        assertEquals(ListedEntry.Kind.PERSON, person.kind());
        assertEquals(List.of(), rejections(outcome));
    }

    @Test
    void anOpenSanctionsDatasetNamesTheListAndSaysWhetherItIsForcedLabour() {
        FeedImporter.Outcome outcome = importSample("ftm-forced-labour.ijson");

        ListedEntry dawn = byKey().get("cl-uflpa-0001");
        assertEquals("us_dhs_uflpa", dawn.listName());
        assertTrue(dawn.forcedLabour());
        assertEquals(List.of("Dawn Cotton", "新疆曙光棉纺有限公司"), dawn.aliases());
        assertEquals("91650100MA77XKQ31B", dawn.identifiers().get(0).value());
        assertEquals(List.of("Aksu Polysilicon Materials"), byKey().get("cl-uflpa-0002").aliases());
        assertEquals(List.of("CN"), byKey().get("cl-uflpa-0002").countries());
        List<String> rejected = rejections(outcome);
        assertEquals(2, rejected.size(), rejected::toString);
        assertEquals("4: Company cl-uflpa-0003 has no name", rejected.get(0));
        assertTrue(rejected.get(1).startsWith("5: not a JSON object (a truncated line?)"), rejected::toString);
    }

    @Test
    void aFileOfNoKnownListIsRefusedNamingTheFourFormats() {
        FeedImporter.Outcome outcome = importer.importFile(new FeedDefinition<>(EntityListRoute.FEED, new EntityListFormat(), feed),
                sample("README.md"), "README.md", ImportSource.UPLOAD, null, null);

        assertEquals(FeedImporter.Outcome.Status.FAILED, outcome.status());
        assertTrue(outcome.reason().contains("none of the entity-list formats"), outcome::reason);
    }

    @Test
    void theContentHashChangesWithWhatAReviewerDecidesOnAndNotWithAliasOrder() {
        ListedEntry entry = new ListedEntry("CBP-WRO", "k", ListedEntry.Kind.ENTITY, "Name", List.of("A", "B"), List.of("CN"),
                List.of(), true, "WRO", "remarks");
        ListedEntry reordered = new ListedEntry("CBP-WRO", "k", ListedEntry.Kind.ENTITY, "Name", List.of("B", "A"), List.of("CN"),
                List.of(), true, "WRO", "other remarks");
        ListedEntry lifted = new ListedEntry("CBP-WRO", "k", ListedEntry.Kind.ENTITY, "Name", List.of("A", "B"), List.of("CN"),
                List.of(), false, "WRO", "remarks");

        assertEquals(entry.contentHash(), reordered.contentHash());
        assertNotEquals(entry.contentHash(), lifted.contentHash());
    }
}
