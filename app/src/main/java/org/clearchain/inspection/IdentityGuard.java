package org.clearchain.inspection;

import io.micronaut.json.tree.JsonNode;
import org.clearchain.common.ProblemException;

import java.util.regex.Pattern;

/**
 * Keeps identity data out of referrals (OSCE: protect victims' identity, above all children's). A field the
 * referral does not have is refused, with a plain word when it looks like a name or a document. The service is never
 * text but an entry of the directory ({@link AssistanceDirectory}), so there is no free text left to hold a name.
 */
final class IdentityGuard {

    private static final Pattern IDENTITY_FIELD = Pattern.compile(
            "(?i).*(name|passport|document|birth|dob|identity|idnumber|nationalid|phone|email|address|photo).*");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?i)\\b[A-Z]{0,3}[ -]?\\d{6,}\\b|\\b[A-Z]{1,2}\\d{5,}[A-Z]?\\b");

    private IdentityGuard() {
    }

    /** {@code choices} gives the directory's choices for a 400 on a retired free-text service field. */
    static void checkFields(JsonNode body, java.util.function.UnaryOperator<String> choices) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalidField("body", "must be a JSON object");
        }
        for (var entry : body.entries()) {
            String field = entry.getKey();
            if (NewReferral.FIELDS.contains(field)) {
                continue;
            }
            if (NewReferral.RETIRED_FIELDS.contains(field)) {
                throw ProblemException.invalidField(field, "is no longer accepted: a referral names its service by"
                        + (field.startsWith("guardian") ? " guardianServiceId" : " serviceId")
                        + ", an entry of your inspectorate's directory of assistance services, never as text; "
                        + choices.apply(field));
            }
            if (IDENTITY_FIELD.matcher(field).matches()) {
                throw ProblemException.invalidField(field, "referrals never carry a person's name, document or contact"
                        + " details; count people by sex and age band instead");
            }
            throw ProblemException.invalidField(field, "is not a field of a referral; allowed: " + String.join(", ",
                    NewReferral.FIELDS.stream().sorted().toList()));
        }
    }

    /** Refuses text holding something shaped like a passport or ID number. */
    static void checkText(String field, String text) {
        if (text != null && DOCUMENT_NUMBER.matcher(text).find()) {
            throw ProblemException.invalidField(field, "looks like it contains a document or identity number;"
                    + " referrals never carry one");
        }
    }
}
