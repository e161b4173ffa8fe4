package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.clearchain.reference.CountryCode;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A supplier's use of an agency: a registered one by {@code licenceNumber} or {@code agencyId}, or an
 * unregistered one by {@code agencyName} and {@code agencyCountry}. {@code workforceShare} is in percent.
 */
@Serdeable
public record NewAgencyUse(@Nullable Long agencyId,
                           @Nullable @Size(max = 20) String licenceNumber,
                           @Nullable @Size(max = 255) String agencyName,
                           @Nullable @CountryCode String agencyCountry,
                           @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal workforceShare,
                           @Nullable @PastOrPresent LocalDate lastPlacementDate) {
}
