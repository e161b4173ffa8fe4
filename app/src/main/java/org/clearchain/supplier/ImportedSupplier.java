package org.clearchain.supplier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One supplier of an import (a facility list, another system's export) with its sites and the agencies it
 * uses. Checked with the same rules as the API's commands before anything is written.
 */
public record ImportedSupplier(NewSupplier supplier, List<NewSite> sites, List<NewAgencyUse> agencyUses) {

    public ImportedSupplier {
        sites = sites == null ? List.of() : List.copyOf(sites);
        agencyUses = agencyUses == null ? List.of() : List.copyOf(agencyUses);
    }

    /**
     * What an item did: brought a new supplier or site, changed what was known, or nothing; LINK_REQUESTED: it names a
     * supplier another buyer listed, so a link request was sent (or is pending) and nothing of the item was written.
     */
    public enum Change { CREATED, UPDATED, UNCHANGED, LINK_REQUESTED }

    /** The supplier an item went to and what it changed. */
    public record Effect(long supplierId, Change change) {
    }

    /** A batch's totals and each item's effect, in the batch's order. */
    public record Effects(Result result, List<Effect> items) {
    }

    /** What one import batch did; {@code linkRequested} counts link requests sent for suppliers of other buyers. */
    @Serdeable
    public record Result(int created, int linkRequested, int alreadyLinked, int sites, int agencyUses, @Nullable Long firstCreatedId) {
    }
}
