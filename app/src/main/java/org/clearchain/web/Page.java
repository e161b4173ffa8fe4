package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * What every template is drawn with: the language and its words, dates and numbers formatted for it, who is signed
 * in, the form token, and the page's own title and errors. Made by {@link Pages}.
 */
public final class Page {

    private final Messages messages;
    private final Locale locale;
    private final String title;
    private final @Nullable Viewer viewer;
    private final String csrf;
    private final String path;
    private final List<FieldMessage> errors;

    Page(Messages messages, Locale locale, String title, @Nullable Viewer viewer, String csrf, String path,
         List<FieldMessage> errors) {
        this.messages = messages;
        this.locale = locale;
        this.title = title;
        this.viewer = viewer;
        this.csrf = csrf;
        this.path = path;
        this.errors = List.copyOf(errors);
    }

    /** The same page showing these errors at their fields and in the summary at the top. */
    public Page withErrors(List<FieldMessage> errors) {
        return new Page(messages, locale, title, viewer, csrf, path, errors);
    }

    public String t(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    public String lang() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public String title() {
        return title;
    }

    public @Nullable Viewer viewer() {
        return viewer;
    }

    public boolean signedIn() {
        return viewer != null;
    }

    /** The token every form of the page carries in its {@code _csrf} field. */
    public String csrf() {
        return csrf;
    }

    public String path() {
        return path;
    }

    public List<FieldMessage> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The message at this field, or null. */
    public @Nullable String errorAt(String field) {
        return errors.stream().filter(e -> field.equals(e.field())).map(FieldMessage::message).findFirst().orElse(null);
    }

    /** The other language, for the switch at the top of every page. */
    public String otherLanguage() {
        return "fr".equals(lang()) ? "en" : "fr";
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** Times are shown in UTC, and say so: officers in several time zones read the same register. */
    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    public String number(@Nullable Number number) {
        return number == null ? "" : java.text.NumberFormat.getInstance(locale).format(number);
    }
}
