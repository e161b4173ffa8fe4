package org.clearchain.web;

/** The complaint form as the person typed it, kept as typed so that a form drawn again loses nothing. */
public record ComplaintForm(String against, String licenceNumber, String agencyName, String agencyId,
                            String recruiterName, String recruiterCountry, String category, String description,
                            String identity, String contact) {

    static ComplaintForm empty() {
        return new ComplaintForm("", "", "", "", "", "", "", "", "", "");
    }

    /** A country of the select: its code and its name in the page's language. */
    public record CountryOption(String code, String name) {
    }
}
