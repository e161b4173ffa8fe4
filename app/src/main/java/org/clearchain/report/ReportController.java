package org.clearchain.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

/**
 * PDF documents, each in English or French ({@code lang}; anything else gives English with a note). Access is
 * checked before the document starts to stream, with the same rules as the JSON API, so a refusal is a problem
 * document and never half a PDF.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

    private final PdfStreaming streaming;
    private final DossierReader dossiers;
    private final SupplierDossier dossier;

    ReportController(PdfStreaming streaming, DossierReader dossiers, SupplierDossier dossier) {
        this.streaming = streaming;
        this.dossiers = dossiers;
        this.dossier = dossier;
    }

    /** A supplier's due-diligence dossier, for whoever may read the supplier. */
    @Get("/api/suppliers/{id}/report.pdf")
    @Secured({Roles.AUDITOR, Roles.SUPPLIER, Roles.INSPECTOR, Roles.ADMIN})
    HttpResponse<StreamedFile> supplierDossier(long id, @QueryValue @Nullable String lang, Authentication user) {
        Actor actor = Actor.of(user);
        dossiers.readable(actor, id);
        ReportText text = ReportText.of(lang);
        return streaming.pdf("supplier-" + id + "-" + text.language() + ".pdf",
                out -> dossier.write(dossiers.read(actor, id), text, out));
    }
}
