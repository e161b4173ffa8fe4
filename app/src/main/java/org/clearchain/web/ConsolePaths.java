package org.clearchain.web;

import org.clearchain.security.ApiPaths;

/** Which requests are the console's: everything but the JSON API, the static files and the operations endpoints. */
final class ConsolePaths {

    private static final String WEBJARS = "/webjars/";
    private static final String ASSETS = "/assets/";

    /** {@link #isPage} as a regular expression, for a filter's pattern. */
    static final String PAGES_PATTERN = "^(?!" + ApiPaths.PATTERN + "|" + WEBJARS + "|" + ASSETS + ").*$";

    private ConsolePaths() {
    }

    static boolean isPage(String path) {
        return !ApiPaths.isApi(path) && !path.startsWith(WEBJARS) && !path.startsWith(ASSETS);
    }
}
