package org.clearchain.securitysuite;

import org.clearchain.testing.Api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What no answer of the API may show, and how a refusal must look. */
final class Answers {

    /**
     * A Java type (org.clearchain.inspection.NewReferral, java.lang.String), an exception class, a stack frame, a parser's
     * or converter's own words, or SQL.
     */
    static final Pattern JAVA_TYPE = Pattern.compile("\\b(?:org|java|javax|jakarta|io|com|sun)\\.[a-z]+\\.[A-Za-z.]+"
            + "|\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b|\\tat [a-z]"
            // what parsers and converters say instead of what the field takes
            + "|Cannot deserialize|Failed to convert argument|For input string|encapsulated token"
            + "|\\bSQL\\b|\\bSELECT\\b|\\bINSERT INTO\\b");
    private static final int SHOWN = 400;

    private Answers() {
    }

    /** The faults of an answer that should be {@code expected}; empty when it is right. */
    static List<String> faults(Api.Response r, int expected, Collection<String> privateStrings) {
        List<String> faults = new ArrayList<>();
        if (r.status() != expected) {
            faults.add("expected " + expected + " but got " + r.status());
        }
        if (r.status() >= 500) {
            faults.add("a server error");
        }
        if (r.status() >= 400) {
            if (!r.contentType().startsWith("application/problem+json")) {
                faults.add("a refusal must be application/problem+json, not '" + r.contentType() + "'");
            } else if (r.body().get("status") == null || r.body().get("status").getIntValue() != r.status()) {
                faults.add("the problem document does not give its status");
            }
            Matcher type = JAVA_TYPE.matcher(r.raw());
            if (type.find()) {
                faults.add("names a Java type: '" + type.group() + "'");
            }
        }
        for (String secret : privateStrings) {
            if (r.raw().contains(secret)) {
                faults.add("shows tenant A's private '" + secret + "'");
            }
        }
        return faults;
    }

    static String shown(Api.Response r) {
        String raw = r.raw().length() > SHOWN ? r.raw().substring(0, SHOWN) + "…" : r.raw();
        return r.status() + " " + r.contentType() + " " + raw;
    }
}
