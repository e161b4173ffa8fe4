package org.clearchain.integrations.agencyregister;

import org.clearchain.integrations.feed.CsvFeedFormat;
import org.clearchain.integrations.feed.CsvRow;
import org.clearchain.integrations.feed.RowException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The agency-register CSV: {@code licence_number,agency_name,registration_number,country,status,valid_from,
 * valid_until,scope,address,sectors} (address, scope and sectors may be empty; sectors are ISIC Rev.4 codes
 * separated by spaces or semicolons). Whether a country or ISIC code exists is the sink's to say: this module
 * knows shapes, not reference tables.
 */
public final class AgencyRegisterFormat extends CsvFeedFormat<RegisteredLicence> {

    static final List<String> COLUMNS = List.of("licence_number", "agency_name", "registration_number", "country",
            "status", "valid_from", "valid_until", "scope", "address", "sectors");

    private static final Set<String> STATUSES = Set.of("PENDING", "ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED",
            "SURRENDERED", "REJECTED");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SECTOR_SEPARATOR = Pattern.compile("[;\\s]+");

    public AgencyRegisterFormat() {
        super(COLUMNS, AgencyRegisterFormat::read);
    }

    private static RegisteredLicence read(CsvRow row) {
        String number = row.required("licence_number");
        if (number.length() > 20) {
            throw new RowException("licence_number '" + number + "' is longer than 20 characters");
        }
        String country = row.required("country").toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            throw new RowException("country '" + country + "' is not an ISO 3166-1 alpha-2 code");
        }
        String status = row.required("status").toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new RowException("status '" + status + "' is not one of " + String.join(", ", STATUSES.stream().sorted().toList()));
        }
        var validFrom = row.date("valid_from");
        var validUntil = row.date("valid_until");
        if (validFrom == null || validUntil == null) {
            throw new RowException("valid_from and valid_until are required");
        }
        if (validUntil.isBefore(validFrom)) {
            throw new RowException("valid_until " + validUntil + " is before valid_from " + validFrom);
        }
        String sectors = row.text("sectors");
        return new RegisteredLicence(number, row.required("agency_name"), row.required("registration_number"), country,
                status, validFrom, validUntil, row.text("scope"), row.text("address"),
                sectors.isEmpty() ? List.of() : Arrays.stream(SECTOR_SEPARATOR.split(sectors)).filter(s -> !s.isEmpty()).toList());
    }
}
