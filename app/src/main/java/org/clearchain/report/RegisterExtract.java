package org.clearchain.report;

import jakarta.inject.Singleton;
import org.clearchain.licence.PublicLicenceView;
import org.clearchain.licence.PublicRegister;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The public register as a document: every granted licence, optionally of one agency country, read from the
 * database a page at a time and laid out as it comes, so 50,000 licences take no more memory than 500.
 */
@Singleton
class RegisterExtract {

    static final int PAGE = 500;

    private final PublicRegister register;
    private final ReportFonts fonts;
    private final Clock clock;

    RegisterExtract(PublicRegister register, ReportFonts fonts, Clock clock) {
        this.register = register;
        this.fonts = fonts;
        this.clock = clock;
    }

    void write(String country, ReportText t, OutputStream out) {
        Instant now = Instant.now(clock);
        try (PdfReport pdf = PdfReport.open(out, fonts, t, t.get("register.header"), t.get("footer.generated", t.instant(now)))) {
            pdf.title(t.get("register.title"), country == null ? t.get("register.allCountries") : t.get("register.country", country));
            pdf.note(t.get("register.explain", t.instant(now)));
            ReportTable table = pdf.streamedTable(new float[]{2, 4.5f, 1, 1.6f, 1.6f, 1.6f, 3}, t.get("certificate.number"),
                    t.get("certificate.agency"), t.get("certificate.country"), t.get("certificate.status"),
                    t.get("certificate.validFrom"), t.get("certificate.validUntil"), t.get("register.authority"));
            String after = "";
            List<PublicLicenceView> page = register.page(country, after, PAGE);
            while (!page.isEmpty()) {
                for (PublicLicenceView l : page) {
                    table.row(l.number(), l.agencyName(), l.agencyCountry(), t.label(l.status()), t.date(l.validFrom()),
                            t.date(l.validUntil()), l.authority());
                }
                after = page.get(page.size() - 1).number();
                page = page.size() < PAGE ? List.of() : register.page(country, after, PAGE);
            }
            int licences = table.rows();
            if (licences == 0) {
                table.row(t.get("register.empty"), "", "", "", "", "", "");
            }
            table.end();
            pdf.note(t.get("register.count", licences));
        }
    }
}
