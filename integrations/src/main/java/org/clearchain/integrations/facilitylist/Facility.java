package org.clearchain.integrations.facilitylist;

import java.math.BigDecimal;
import java.util.List;

/**
 * One facility of a facility list, as the file says it: the country as written (a name in any case or a code),
 * the sector names as written, coordinates already checked to be on the globe. The Open Supply Hub id and the
 * worker count are there when the file has those columns and fills them.
 */
public record Facility(String country, String name, String address, List<String> sectors, BigDecimal latitude,
                       BigDecimal longitude, String openSupplyHubId, Integer workers) {

    public Facility {
        sectors = List.copyOf(sectors);
    }
}
