package org.clearchain.reference;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.clearchain.security.Roles;

import java.util.List;

/** The reference editions loaded through the feeds, newest first: which one scored when, from which import job. */
@Controller("/api/reference-editions")
@Secured({Roles.ADMIN, Roles.AUDITOR, Roles.INSPECTOR})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferenceEditionController {

    private final ReferenceEditionStore store;

    ReferenceEditionController(ReferenceEditionStore store) {
        this.store = store;
    }

    /** The newest of each dataset is the one in force (on a fresh database, the ILAB editions loaded at first start). */
    @Get
    List<StoredEdition> loaded() {
        return store.loaded();
    }
}
