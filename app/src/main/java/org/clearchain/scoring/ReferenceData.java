package org.clearchain.scoring;

import org.clearchain.reference.CountryRiskTable;
import org.clearchain.reference.GoodsRiskList;
import org.clearchain.reference.ReferenceEdition;

import java.util.List;

/** The reference editions one assessment uses; an assessment names all three. */
public record ReferenceData(CountryRiskTable countryRisk, SectorTiers sectorTiers, GoodsRiskList goods) {

    public List<ReferenceEdition> editions() {
        return List.of(countryRisk.edition(), sectorTiers.edition(), goods.edition());
    }
}
