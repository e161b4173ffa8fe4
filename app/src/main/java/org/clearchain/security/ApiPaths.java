package org.clearchain.security;

/**
 * The paths that are not the web console's pages: the JSON API, its login, its documentation and the operations
 * endpoints. Written down once, here, where both the session look-up and the console ({@code web}) may read it.
 */
public final class ApiPaths {

    /** The JSON API, which never takes the session cookie. */
    public static final String JSON_API = "/api/";
    public static final String LOGIN = "/login";
    public static final String SWAGGER = "/swagger";
    public static final String HEALTH = "/health";
    public static final String METRICS = "/metrics";

    /**
     * {@link #isApi} as alternatives of a regular expression, for a filter's pattern (an annotation takes only a
     * constant, so it is built of the same constants rather than from a list).
     */
    public static final String PATTERN = JSON_API + "|" + LOGIN + "$|" + SWAGGER + "|" + HEALTH + "(?:/|$)|" + METRICS;

    private ApiPaths() {
    }

    public static boolean isApi(String path) {
        return isJsonApi(path) || path.equals(LOGIN) || path.startsWith(SWAGGER)
                || path.equals(HEALTH) || path.startsWith(HEALTH + "/") || path.startsWith(METRICS);
    }

    public static boolean isJsonApi(String path) {
        return path.startsWith(JSON_API);
    }
}
