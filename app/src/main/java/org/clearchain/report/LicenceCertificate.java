package org.clearchain.report;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.clearchain.licence.PublicLicenceView;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;

/**
 * A licence certificate: the register's facts as of today and a QR code to the public verification page ({@code <base>/verify/<number>}), so that
 * a worker holding a printed copy can check that the licence is still valid, whatever the paper says.
 */
@Singleton
class LicenceCertificate {

    private final ReportFonts fonts;
    private final Clock clock;
    private final String publicBaseUrl;

    LicenceCertificate(ReportFonts fonts, Clock clock,
                       @Value("${clearchain.public-base-url:`http://localhost:8080`}") String publicBaseUrl) {
        this.fonts = fonts;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    String verificationUrl(String number) {
        return publicBaseUrl + "/verify/" + number;
    }

    void write(PublicLicenceView licence, String scope, String conditions, ReportText t, OutputStream out) {
        String footer = t.get("footer.generated", t.instant(Instant.now(clock)));
        try (PdfReport pdf = PdfReport.open(out, fonts, t, t.get("certificate.header", licence.number()), footer)) {
            pdf.title(t.get("certificate.title"), licence.authority());
            pdf.facts(t.get("certificate.number"), licence.number(),
                    t.get("certificate.agency"), licence.agencyName(),
                    t.get("certificate.country"), licence.agencyCountry(),
                    t.get("certificate.scope"), scope,
                    t.get("certificate.conditions"), conditions == null || conditions.isBlank() ? t.get("none") : conditions,
                    t.get("certificate.validFrom"), t.date(licence.validFrom()),
                    t.get("certificate.validUntil"), t.date(licence.validUntil()),
                    t.get("certificate.status"), t.label(licence.status()),
                    t.get("certificate.checkedOn"), t.date(licence.checkedOn()));
            pdf.paragraph(licence.validToday() ? t.get("certificate.valid", t.date(licence.checkedOn()))
                    : t.get("certificate.notValid", t.label(licence.status()), t.date(licence.checkedOn())));
            pdf.note(t.get("certificate.mayChange"));
            String url = verificationUrl(licence.number());
            pdf.image(QrCode.of(pdf.writer().getDirectContent(), url, 150));
            pdf.note(t.get("certificate.scan", url));
        }
    }
}
