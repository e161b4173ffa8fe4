package org.clearchain.supplier;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.clearchain.audit.Reason;
import org.clearchain.audit.RevisionView;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.util.List;

/** Corrections and endings of a supplier's record, each with a reason; its history keeps the values before. */
@Controller("/api/suppliers/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class SupplierCorrectionController {

    private final SupplierCorrections corrections;

    SupplierCorrectionController(SupplierCorrections corrections) {
        this.corrections = corrections;
    }

    @Patch
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    Supplier correct(long id, @Body @Valid SupplierCorrection correction, Authentication user) {
        return corrections.correct(Actor.of(user), id, correction);
    }

    @Patch("/sites/{siteId}")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    Site correctSite(long id, long siteId, @Body @Valid SiteCorrection correction, Authentication user) {
        return corrections.correctSite(Actor.of(user), id, siteId, correction);
    }

    @Post("/agency-uses/{useId}/end")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER})
    SupplierCorrections.EndedUse endAgencyUse(long id, long useId, @Body @Valid AgencyUseEnding ending, Authentication user) {
        return corrections.endAgencyUse(Actor.of(user), id, useId, ending);
    }

    /** Your organisation stops listing the supplier; its other buyers keep it, and your open requests are withdrawn. */
    @Post("/unlink")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(Roles.AUDITOR)
    void unlink(long id, @Body @Valid Reason reason, Authentication user) {
        corrections.unlink(Actor.of(user), id, reason.reason());
    }

    @Get("/history")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER, Roles.INSPECTOR, Roles.ADMIN})
    List<RevisionView> history(long id, Authentication user) {
        return corrections.history(Actor.of(user), id);
    }
}
