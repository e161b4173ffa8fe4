package org.clearchain.report;

import org.clearchain.risk.ExplanationFr;
import org.clearchain.scoring.RiskAssessment;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of every report in one language, from {@code report/messages*.properties}. A language we do not
 * have falls back to English, and the document says so ({@link #fallbackNote()}) rather than failing.
 */
final class ReportText {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final DateTimeFormatter INSTANTS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final String unknownLanguage;
    private final DateTimeFormatter dates;
    private final NumberFormat numbers;
    // a document asks for the same few patterns hundreds of times; an instance serves one document on one thread
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private ReportText(Locale locale, String unknownLanguage) {
        this.locale = locale;
        // English is the base bundle: asking for "en" must not pick the JVM's default locale instead.
        this.bundle = ResourceBundle.getBundle("report.messages", locale.getLanguage().equals("en") ? Locale.ROOT : locale, NO_FALLBACK);
        this.unknownLanguage = unknownLanguage;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        numbers.setMinimumFractionDigits(0);
    }

    /** {@code en} or {@code fr}; null or blank is English; anything else is English with a note. */
    static ReportText of(String lang) {
        String code = lang == null || lang.isBlank() ? "en" : lang.strip().toLowerCase(Locale.ROOT);
        return switch (code) {
            case "en" -> new ReportText(Locale.ENGLISH, null);
            case "fr" -> new ReportText(Locale.FRENCH, null);
            default -> new ReportText(Locale.ENGLISH, lang.strip());
        };
    }

    String language() {
        return locale.getLanguage();
    }

    /** The note a document carries when the language asked for is not one we have; null otherwise. */
    String fallbackNote() {
        return unknownLanguage == null ? null : get("fallback.note", unknownLanguage);
    }

    String get(String key, Object... args) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(pattern(k), locale)).format(args);
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report text '" + key + "' is missing for " + locale, e);
        }
    }

    /** An enum constant's label, {@code enum.<Type>.<NAME>}, or the constant itself when the bundle has none. */
    String label(Enum<?> value) {
        if (value == null) {
            return "—";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? get(key) : value.name();
    }

    /** The assessment with its explanation in this language: the engine writes it in English. */
    RiskAssessment explained(RiskAssessment risk) {
        return risk != null && locale.getLanguage().equals("fr") ? ExplanationFr.of(risk) : risk;
    }

    /** A high-risk sector's name in this language. */
    String sector(String english) {
        return locale.getLanguage().equals("fr") ? ExplanationFr.sector(english) : english;
    }

    String date(LocalDate date) {
        return date == null ? "—" : dates.format(date);
    }

    String instant(Instant instant) {
        return instant == null ? "—" : INSTANTS.format(instant.atOffset(ZoneOffset.UTC));
    }

    String number(double value) {
        return numbers.format(value);
    }

    String number(Number value) {
        return value == null ? "—" : number(value.doubleValue());
    }
}
