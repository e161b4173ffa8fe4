package org.clearchain.supplier;

import org.clearchain.common.ProblemException;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batch import of suppliers with sites and agency uses, against the real database. */
class SupplierImportTest extends ApiTest {

    private SupplierImport imports;
    private Actor auditor;

    @BeforeAll
    void setUp() {
        imports = server.getApplicationContext().getBean(SupplierImport.class);
        auditor = new Actor("auditor.a", Role.AUDITOR, count("SELECT id FROM organisation WHERE name = 'Employer A (demo)'"));
    }

    @Test
    void aBatchCreatesNewSuppliersAndAsksForOnesAnotherBuyerListedUnderAnotherSpelling() {
        long existing = count("SELECT COUNT(*) FROM supplier");
        long audited = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'supplier.import' AND actor = 'auditor.a'");
        imports.importBatch(new Actor("auditor.b", Role.AUDITOR, count("SELECT id FROM organisation WHERE name = 'Employer B (demo)'")),
                List.of(item("Saigon Shoes Joint Stock Co.", "VN")));
        long saigon = count("SELECT id FROM supplier WHERE name = 'Saigon Shoes Joint Stock Co.'");

        ImportedSupplier.Result result = imports.importBatch(auditor, List.of(
                item("SAIGON SHOES", "VN"), item("Hanoi Silk Ltd", "VN"), item("Hanoi Silk Limited", "VN")));

        assertEquals(1, result.created(), "Hanoi Silk once, however it is spelled");
        assertEquals(1, result.linkRequested(), "Saigon Shoes is employer B's: asked for, not linked");
        assertEquals(2, result.sites(), "Hanoi Silk's two sites, once; nothing is written to Saigon Shoes");
        assertEquals(existing + 2, count("SELECT COUNT(*) FROM supplier"));
        assertEquals(0, count("SELECT COUNT(*) FROM buyer_link WHERE buyer_id = " + auditor.organisationId()
                + " AND supplier_id = " + saigon));
        assertEquals(1, count("SELECT COUNT(*) FROM link_request WHERE status = 'PENDING' AND requester_id = "
                + auditor.organisationId() + " AND supplier_id = " + saigon));
        assertEquals(audited + 1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'supplier.import' AND actor = 'auditor.a'"),
                "one audit entry per batch");
    }

    @Test
    void importingAnotherBuyersSupplierAgainWhileAskedSendsNoSecondRequest() {
        imports.importBatch(new Actor("auditor.b", Role.AUDITOR, count("SELECT id FROM organisation WHERE name = 'Employer B (demo)'")),
                List.of(item("Mekong Footwear", "VN")));
        imports.importBatch(auditor, List.of(item("Mekong Footwear", "VN")));

        ImportedSupplier.Result again = imports.importBatch(auditor, List.of(item("MEKONG FOOTWEAR", "VN")));

        assertEquals(0, again.linkRequested());
        assertEquals(1, count("SELECT COUNT(*) FROM link_request r JOIN supplier s ON s.id = r.supplier_id"
                + " WHERE s.name = 'Mekong Footwear'"));
    }

    /** A list names one facility twice, spelled apart but with one Open Supply Hub id; a third row bridges by name. */
    @Test
    void rowsSharingAnOpenSupplyHubIdAreOneNewSupplierWhateverTheirNames() {
        long before = count("SELECT COUNT(*) FROM supplier");

        ImportedSupplier.Result result = imports.importBatch(auditor, List.of(
                osItem("Dhaka Knit Composite", null, "1430"), osItem("Dhaka Knitwear Co", "BD2026OSH77", "1410"),
                osItem("DHAKA KNIT COMPOSITE", "BD2026OSH77", null), osItem("Chittagong Denim", "BD2026OSH78", "1410")));

        assertEquals(2, result.created(), "Dhaka Knit once, under either name, and Chittagong Denim");
        assertEquals(before + 2, count("SELECT COUNT(*) FROM supplier"));
        assertEquals(1, count("SELECT COUNT(*) FROM supplier WHERE open_supply_hub_id = 'BD2026OSH77'"));
        assertEquals("Dhaka Knit Composite", jdbcString("SELECT name FROM supplier WHERE open_supply_hub_id = 'BD2026OSH77'"),
                "created from its first row, with the OS id a later row gave");
        assertEquals(2, count("SELECT JSON_LENGTH(sectors) FROM supplier WHERE open_supply_hub_id = 'BD2026OSH77'"), "1430 and 1410");
    }

    @Test
    void anInvalidItemRejectsTheBatchNamingEveryFaultAndWritesNothing() {
        long before = count("SELECT COUNT(*) FROM supplier");
        ImportedSupplier badSite = new ImportedSupplier(new NewSupplier("Bad Site Farm", "PE", null, null, List.of(), List.of(),
                null, null, null, null, null), List.of(new NewSite("Field", null, "PE", new BigDecimal("95"), BigDecimal.ZERO,
                null, 10, null)), List.of());
        ImportedSupplier badCountry = item("Nowhere Ltd", "XX");

        ProblemException e = assertThrows(ProblemException.class,
                () -> imports.importBatch(auditor, List.of(item("Fine Supplier", "PE"), badSite, badCountry)));

        List<String> fields = e.errors().stream().map(f -> f.field()).toList();
        assertTrue(fields.contains("items[1].sites[0].latitude"), fields.toString());
        assertTrue(fields.contains("items[2].country"), fields.toString());
        assertEquals(before, count("SELECT COUNT(*) FROM supplier"));
    }

    private static ImportedSupplier item(String name, String country) {
        return new ImportedSupplier(new NewSupplier(name, country, null, null, List.of("1520"), List.of(), null, null, null,
                null, null), List.of(new NewSite("Factory", null, country, null, null, "1520", 300, null),
                new NewSite("Warehouse", null, country, null, null, null, 20, null)), List.of());
    }

    private static ImportedSupplier osItem(String name, String osId, String sector) {
        return new ImportedSupplier(new NewSupplier(name, "BD", null, osId, sector == null ? List.of() : List.of(sector),
                List.of(), null, null, null, null, null), List.of(new NewSite("Main site", null, "BD", null, null, null, 100,
                null)), List.of());
    }

    private String jdbcString(String sql) {
        try (var c = database.connect(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
