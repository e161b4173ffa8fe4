package org.clearchain.risk;

import jakarta.inject.Singleton;
import org.clearchain.scoring.ReferenceData;
import org.clearchain.scoring.ReferenceDataCsv;

/**
 * The reference editions in force: the starter editions bundled in {@code schemas} until the feeds load real
 * ones. Snapshots name the editions they used, so a new edition never rewrites an old score.
 */
@Singleton
public class ReferenceEditions {

    private volatile ReferenceData current = ReferenceDataCsv.starter();

    public ReferenceData current() {
        return current;
    }
}
