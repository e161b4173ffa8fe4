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

    /** What an item did: brought a new supplier or site, changed what was known, or nothing. */
    public enum Change { CREATED, UPDATED, UNCHANGED }

    /** The supplier an item went to and what it changed. */
    public record Effect(long supplierId, Change change) {
    }

    /** A batch's totals and each item's effect, in the batch's order. */
    public record Effects(Result result, List<Effect> items) {
    }

    /** What one import batch did. */
    @Serdeable
    public record Result(int created, int linked, int alreadyLinked, int sites, int agencyUses, @Nullable Long firstCreatedId) {
    }
}
