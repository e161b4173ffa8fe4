package org.clearchain.supplier;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.CountryCode;
import org.clearchain.reference.IsicCode;

import java.math.BigDecimal;
import java.util.List;

/**
 * A supplier an auditor adds to its organisation's list. {@code tier} 1 is a direct supplier; a higher tier
 * names its {@code parentSupplierId}. {@code address} is its main site's: the site is created with it, and a supplier
 * already known at that address counts as a likely duplicate. {@code allowDuplicate} confirms a new record after a
 * duplicate warning. {@code supplierOrganisationId} is refused from a buyer: only a redeemed invitation binds a supplier
 * to its own organisation; an import leaves it null.
 */
@Serdeable
public record NewSupplier(@NotBlank @Size(max = 255) String name,
                          @NotNull @CountryCode String country,
                          @Nullable @Size(max = 100) String registrationNumber,
                          @Nullable @Size(max = 50) String openSupplyHubId,
                          @Nullable @Size(max = 20) List<@NotNull @IsicCode String> sectors,
                          @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> goods,
                          @Nullable @Min(1) @Max(10) Integer tier,
                          @Nullable Long parentSupplierId,
                          @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal shareOfOutput,
                          @Nullable Long supplierOrganisationId,
                          @Nullable Boolean allowDuplicate,
                          @Nullable @Size(max = 500) String address) {

    @Creator
    public NewSupplier {
    }

    /** A supplier without its main site's address (imports and the demo give sites of their own). */
    public NewSupplier(String name, String country, String registrationNumber, String openSupplyHubId, List<String> sectors,
                       List<String> goods, Integer tier, Long parentSupplierId, BigDecimal shareOfOutput,
                       Long supplierOrganisationId, Boolean allowDuplicate) {
        this(name, country, registrationNumber, openSupplyHubId, sectors, goods, tier, parentSupplierId, shareOfOutput,
                supplierOrganisationId, allowDuplicate, null);
    }

    int tierOrDefault() {
        return tier == null ? 1 : tier;
    }
}
