package org.clearchain.feed;

import jakarta.inject.Singleton;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The feeds Clearchain takes, what each expects, and who may send it one. */
@Singleton
public class FeedCatalogue {

    public record Entry(String name, String format, Set<Role> uploaders) {

        public boolean mayUpload(Actor actor) {
            return actor.role() != null && uploaders.contains(actor.role());
        }
    }

    static final List<Entry> FEEDS = List.of(
            new Entry("agency-register", "CSV licence_number,agency_name,registration_number,country,status,"
                    + "valid_from,valid_until,scope,address,sectors", Set.of(Role.LICENSING_OFFICER)),
            new Entry("facility-list", "Open Supply Hub facility list CSV country,name,address,sector"
                    + " (optional lat,lng,os_id,number_of_workers)", Set.of(Role.AUDITOR)),
            new Entry("inspections", "JSON lines, one completed inspection each, per schemas/json/inspection/v1.schema.json"
                    + " (as GET /api/inspections/export.jsonl writes them)", Set.of(Role.INSPECTOR)),
            new Entry("goods-list", "US DOL ILAB List of Goods: CSV Country,Good,Child Labor,Forced Labor (X marks a"
                    + " flag), or JSON lines {country, good, child_labor, forced_labor}; one file is one edition",
                    Set.of(Role.ADMIN)),
            new Entry("country-risk", "CSV country,score,source,edition[,region]: country as ISO alpha-2 or English"
                    + " name, score in [0, 1]; one file is one edition", Set.of(Role.ADMIN)),
            new Entry("entity-list", "OFAC SDN CSV (latin-1), UN Security Council consolidated XML, CBP forced-labour CSV"
                    + " (Entity, Country, Country Code, Industry, Status, WRO/Finding, Remarks, Press Release, Effective Date)"
                    + " or FollowTheMoney JSON lines; the format is told from the file", Set.of(Role.ADMIN)));

    public List<Entry> all() {
        return FEEDS;
    }

    public Optional<Entry> find(String name) {
        return FEEDS.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
