package org.clearchain.supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SupplierNamesTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Usine Générale S.A.R.L.|usine generale",
            "ACME Ltd.|Acme Limited",
            "Acme Co.|ACME",
            "Łódź Textiles Sp. z o.o.|Lodz textiles",
            "Müller GmbH|muller",
            "Dhaka Knit Wear (Pvt.) Ltd|dhaka knit wear",
            "Hà Nội Garment Co., Ltd|ha noi garment",
            "Ștefan & Fiii S.R.L.|stefan and fiii",
            "Empresa Agrícola S.A.|empresa agricola",
            "Saigon Shoes Joint Stock Company|SAIGON SHOES"})
    void legalFormsAccentsAndCaseDoNotMakeANewSupplier(String one, String other) {
        assertEquals(SupplierNames.key(one), SupplierNames.key(other));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "Acme Textiles|Acme Foods",
            "Sun Garments|Moon Garments"})
    void differentNamesStayDifferent(String one, String other) {
        assertNotEquals(SupplierNames.key(one), SupplierNames.key(other));
    }
}
