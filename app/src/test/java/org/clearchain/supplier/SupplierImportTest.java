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
    void aBatchCreatesNewSuppliersAndLinksOnesThatExistUnderAnotherSpelling() {
        long existing = count("SELECT COUNT(*) FROM supplier");
        imports.importBatch(new Actor("auditor.b", Role.AUDITOR, count("SELECT id FROM organisation WHERE name = 'Employer B (demo)'")),
                List.of(item("Saigon Shoes Joint Stock Co.", "VN")));

        ImportedSupplier.Result result = imports.importBatch(auditor, List.of(
                item("SAIGON SHOES", "VN"), item("Hanoi Silk Ltd", "VN"), item("Hanoi Silk Limited", "VN")));

        assertEquals(1, result.created(), "Hanoi Silk once, however it is spelled");
        assertEquals(1, result.linked(), "Saigon Shoes existed already");
        assertEquals(2, result.sites(), "Hanoi Silk's two sites, once; Saigon Shoes has its Factory and Warehouse already");
        assertEquals(existing + 2, count("SELECT COUNT(*) FROM supplier"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'supplier.import' AND actor = 'auditor.a'"),
                "one audit entry per batch");
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
}
