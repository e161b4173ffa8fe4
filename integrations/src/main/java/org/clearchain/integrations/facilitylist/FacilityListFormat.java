package org.clearchain.integrations.facilitylist;

import org.clearchain.integrations.feed.CsvFeedFormat;
import org.clearchain.integrations.feed.CsvRow;
import org.clearchain.integrations.feed.RowException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Open Supply Hub's facility-list CSV: {@code country,name,address,sector}, and when the list is geocoded or
 * richer, {@code lat,lng}, {@code os_id} and {@code number_of_workers} (other columns such as product_type or
 * parent_company are read past). Countries stay as written — a name in any case or a code — for the sink to
 * resolve against the reference table; sectors may list several names separated by {@code |}, {@code ;} or
 * {@code ,}. A row's coordinates must be both there or both absent, on the globe, and not 0,0.
 */
public final class FacilityListFormat extends CsvFeedFormat<Facility> {

    static final List<String> COLUMNS = List.of("country", "name", "address", "sector");

    private static final Pattern SECTOR_SEPARATOR = Pattern.compile("[|;,]");
    /** Two letters of the country, the year and day it was registered, six characters: CN2019303BQ3FZP. */
    private static final Pattern OS_ID = Pattern.compile("[A-Z]{2}\\d{7}[A-Z0-9]{6}");
    private static final Pattern WORKER_RANGE = Pattern.compile("\\d[\\d,]*\\s*[-–]\\s*\\d[\\d,]*|\\d[\\d,]*\\s*\\+");
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    public FacilityListFormat() {
        super(COLUMNS, FacilityListFormat::read);
    }

    private static Facility read(CsvRow row) {
        String name = row.required("name");
        if (name.length() > 255) {
            throw new RowException("name is longer than 255 characters");
        }
        String country = row.required("country");
        String address = row.text("address");
        if (address.length() > 500) {
            throw new RowException("address is longer than 500 characters");
        }
        BigDecimal latitude = coordinate(row, "lat", MAX_LATITUDE);
        BigDecimal longitude = coordinate(row, "lng", MAX_LONGITUDE);
        if ((latitude == null) != (longitude == null)) {
            throw new RowException("lat and lng go together: give both or neither");
        }
        if (latitude != null && latitude.signum() == 0 && longitude.signum() == 0) {
            throw new RowException("lat,lng 0,0 is in the sea off Africa, not a facility (a failed geocode?)");
        }
        List<String> sectors = Arrays.stream(SECTOR_SEPARATOR.split(row.text("sector")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Facility(country, name, address, sectors, latitude, longitude, osId(row), workers(row));
    }

    private static BigDecimal coordinate(CsvRow row, String column, BigDecimal limit) {
        String value = row.text(column);
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal degrees;
        try {
            degrees = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new RowException(column + " '" + value + "' is not a number of decimal degrees");
        }
        if (degrees.abs().compareTo(limit) > 0) {
            throw new RowException(column + " " + value + " is out of range (-" + limit + " to " + limit + ")");
        }
        // six decimals place a point within 11 cm, as the site table keeps it
        return degrees.setScale(6, RoundingMode.HALF_UP);
    }

    private static String osId(CsvRow row) {
        String value = row.text("os_id").toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!OS_ID.matcher(value).matches()) {
            throw new RowException("os_id '" + value + "' is not an Open Supply Hub id (like CN2019303BQ3FZP)");
        }
        return value;
    }

    /** A count of workers; a range ("1001-5000"), as Open Supply Hub allows, says too little to keep one figure. */
    private static Integer workers(CsvRow row) {
        String value = row.text("number_of_workers");
        if (value.isEmpty() || WORKER_RANGE.matcher(value).matches()) {
            return null;
        }
        try {
            int workers = Integer.parseInt(value.replace(",", ""));
            if (workers < 0) {
                throw new RowException("number_of_workers " + value + " is negative");
            }
            return workers;
        } catch (NumberFormatException e) {
            throw new RowException("number_of_workers '" + value + "' is not a number or a range like 100-500");
        }
    }
}
