package org.clearchain.security;

/**
 * The abuse limits. Each is configured under {@code clearchain.limits.<key>}: {@code capacity} tries, refilled
 * gradually over {@code period} (one back every period / capacity), kept in the {@code database} (shared by every
 * instance) or in each instance's {@code memory}. Defaults are in application.yml.
 */
public enum Limit {

    /** Failed logins for one username, whoever tries it; a success spends nothing. */
    LOGIN_FAILURES_PER_ACCOUNT("login-failures-per-account", "Too many failed logins for this username"),
    /** Failed logins from one client address, whatever the usernames. */
    LOGIN_FAILURES_PER_ADDRESS("login-failures-per-address", "Too many failed logins from your network address"),
    /** Anonymous complaints filed from one client address. */
    COMPLAINTS_PER_ADDRESS("complaints-per-address", "Too many complaints were filed from your network address"),
    /** Tracking-code look-ups from one client address: codes must not be guessable by trying them all. */
    COMPLAINT_LOOKUPS_PER_ADDRESS("complaint-lookups-per-address",
            "Too many complaint tracking codes were looked up from your network address"),
    /** Public licence verification and register search from one client address. */
    VERIFICATIONS_PER_ADDRESS("verifications-per-address", "Too many look-ups in the register from your network address"),
    /** Invitation and password-reset codes tried from one client address: codes must not be guessable either. */
    CODE_REDEMPTIONS_PER_ADDRESS("code-redemptions-per-address", "Too many codes were tried from your network address");

    private final String key;
    private final String tooMany;

    Limit(String key, String tooMany) {
        this.key = key;
        this.tooMany = tooMany;
    }

    /** Its name under {@code clearchain.limits}. */
    public String key() {
        return key;
    }

    /** What a client is told when it is used up, before when to try again. */
    String tooMany() {
        return tooMany;
    }
}
