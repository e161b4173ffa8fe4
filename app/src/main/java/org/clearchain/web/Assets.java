package org.clearchain.web;

/** The addresses of the console's style sheets and scripts: webjars (versions as in the pom) and its own. */
public final class Assets {

    public static final String GOVUK_CSS = "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";
    public static final String GOVUK_JS = "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js";
    public static final String HTMX_JS = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    public static final String CONSOLE_CSS = "/assets/console.css";
    public static final String CONSOLE_JS = "/assets/console.js";

    private Assets() {
    }
}
