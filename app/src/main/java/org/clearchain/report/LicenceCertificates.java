package org.clearchain.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import jakarta.inject.Singleton;
import org.clearchain.agency.AgencyAccess;
import org.clearchain.common.ProblemException;
import org.clearchain.licence.Licence;
import org.clearchain.licence.LicenceRepository;
import org.clearchain.licence.PublicLicenceView;
import org.clearchain.licence.PublicRegister;
import org.clearchain.security.Actor;

/**
 * A licence's certificate as a streamed PDF, for whoever may read the licence: the API's download and the console's
 * page route send the same document under the same rules, checked before the first byte.
 */
@Singleton
public class LicenceCertificates {

    private final PdfStreaming streaming;
    private final LicenceRepository licences;
    private final PublicRegister register;
    private final LicenceCertificate certificate;

    LicenceCertificates(PdfStreaming streaming, LicenceRepository licences, PublicRegister register,
                        LicenceCertificate certificate) {
        this.streaming = streaming;
        this.licences = licences;
        this.register = register;
        this.certificate = certificate;
    }

    /** {@code lang}: en or fr; anything else gives English with a note. */
    public HttpResponse<StreamedFile> of(Actor actor, String number, @Nullable String lang) {
        Licence licence = licences.findByNumber(number).filter(l -> AgencyAccess.canRead(actor, l.authorityId()))
                .orElseThrow(() -> ProblemException.notFound("Licence " + number));
        PublicLicenceView facts = register.licence(licence.number()).orElseThrow();
        ReportText text = ReportText.of(lang);
        return streaming.pdf(licence.number() + "-" + text.language() + ".pdf",
                out -> certificate.write(facts, licence.scope(), licence.conditions(), text, out));
    }
}
