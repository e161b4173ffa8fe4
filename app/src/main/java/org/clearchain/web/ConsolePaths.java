package org.clearchain.web;

/** Which requests are the console's: everything but the JSON API, the static files and the operations endpoints. */
final class ConsolePaths {

    private ConsolePaths() {
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/login") || path.startsWith("/swagger")
                || path.equals("/health") || path.startsWith("/health/") || path.startsWith("/metrics");
    }

    static boolean isPage(String path) {
        return !isApi(path) && !path.startsWith("/webjars/") && !path.startsWith("/assets/");
    }
}
