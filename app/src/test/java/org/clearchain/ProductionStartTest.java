package org.clearchain;

import org.clearchain.securitysuite.SecuritySuitePart;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.json.JsonMapper;
import org.clearchain.testing.Api;
import org.clearchain.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.clearchain.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application started as docker/docker-compose.yml starts it: its own JVM through {@link Application#main}, an
 * external database, {@code CLEARCHAIN_JWT_SECRET} and the bootstrap admin set, no demo accounts. Tokens are signed
 * with that secret, and nothing else opens the API: no unsigned token, no other secret, no expired token, no other
 * issuer. Without a secret of 256 bits or more, the application refuses to start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SecuritySuitePart("forged tokens")
class ProductionStartTest {

    private static final String SECRET = "production-test-secret-" + "0123456789abcdef0123456789abcdef";
    private static final String ADMIN_PASSWORD = "a-long-bootstrap-password";

    private final TestDatabases.Database database = TestDatabases.fresh();
    private final JsonMapper json = JsonMapper.createDefault();
    private RunningApplication app;
    private Api api;
    /** The bootstrap admin's organisation, as its own token names it. */
    private Object platform;

    @BeforeAll
    void startAsTheComposeFileDoes() throws Exception {
        app = RunningApplication.start(composeEnvironment(SECRET));
        api = new Api(app.base(), json);
        platform = SignedJWT.parse(api.login("admin", ADMIN_PASSWORD)).getJWTClaimsSet().getClaim("org");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private Map<String, String> composeEnvironment(String secret) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("DATASOURCES_DEFAULT_URL", database.url());
        env.put("DATASOURCES_DEFAULT_USERNAME", database.username());
        env.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        if (secret != null) {
            env.put("CLEARCHAIN_JWT_SECRET", secret);
        }
        env.put("CLEARCHAIN_BOOTSTRAP_ADMIN", "admin");
        env.put("CLEARCHAIN_BOOTSTRAP_PASSWORD", ADMIN_PASSWORD);
        env.put("CLEARCHAIN_DEMO", "false");
        env.put("CLEARCHAIN_INBOX", Files.createTempDirectory("clearchain-prod-inbox").toString());
        env.put("CLEARCHAIN_UPLOADS", Files.createTempDirectory("clearchain-prod-uploads").toString());
        return env;
    }

    @Test
    void loginIssuesATokenSignedWithTheConfiguredSecret() throws Exception {
        SignedJWT token = SignedJWT.parse(api.login("admin", ADMIN_PASSWORD));

        assertEquals(JWSAlgorithm.HS256, token.getHeader().getAlgorithm());
        assertTrue(token.verify(new MACVerifier(SECRET)), "signed with CLEARCHAIN_JWT_SECRET");
        assertEquals("clearchain", token.getJWTClaimsSet().getIssuer());
        assertEquals(200, api.get("/api/users", token.serialize()).status());
    }

    @Test
    void theDemoAccountsDoNotExist() {
        assertProblem(401, api.post("/login", null, Map.of("username", "auditor.a", "password", "demo-auditor.a")));
    }

    @Test
    void anUnsignedTokenIs401() {
        String unsigned = new PlainJWT(adminClaims().build()).serialize();

        assertProblem(401, api.get("/api/users", unsigned));
        assertProblem(401, api.post("/api/users", unsigned, Map.of("username", "mallory", "password", "mallory-password",
                "role", "ADMIN", "organisationId", platform)));
    }

    @Test
    void aTokenSignedWithAnotherSecretIs401() throws Exception {
        String foreign = sign(adminClaims().build(), "another-secret-that-is-long-enough-for-hs256!!");

        assertProblem(401, api.get("/api/users", foreign));
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        String expired = sign(adminClaims().issueTime(Date.from(anHourAgo.minusSeconds(60)))
                .expirationTime(Date.from(anHourAgo)).build(), SECRET);

        assertProblem(401, api.get("/api/users", expired));
    }

    @Test
    void aTokenOfAnotherIssuerIs401() throws Exception {
        String otherIssuer = sign(adminClaims().issuer("someone-else").build(), SECRET);

        assertProblem(401, api.get("/api/users", otherIssuer));
    }

    /** The forgeries above fail for their flaw alone: the same claims, properly signed, are accepted. */
    @Test
    void theSameClaimsSignedWithTheSecretAreAccepted() throws Exception {
        assertEquals(200, api.get("/api/users", sign(adminClaims().build(), SECRET)).status());
    }

    @Test
    void anExternalDatabaseWithoutASecretRefusesToStart() throws Exception {
        RunningApplication.Exit exit = RunningApplication.runUntilExit(composeEnvironment(null));

        assertNotEquals(0, exit.code(), exit.output());
        assertTrue(exit.output().contains("CLEARCHAIN_JWT_SECRET must be set"), exit.output());
    }

    @Test
    void aSecretShorterThan256BitsRefusesToStart() throws Exception {
        RunningApplication.Exit exit = RunningApplication.runUntilExit(composeEnvironment("too-short-a-secret"));

        assertNotEquals(0, exit.code(), exit.output());
        assertTrue(exit.output().contains("CLEARCHAIN_JWT_SECRET must be set to 32 or more"), exit.output());
        assertFalse(exit.output().contains("too-short-a-secret"), "the log never shows the secret");
    }

    private JWTClaimsSet.Builder adminClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject("admin").issuer("clearchain")
                .claim("roles", List.of("ADMIN")).claim("org", platform)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    private static String sign(JWTClaimsSet claims, String secret) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    /** {@link Application#main} in a JVM of its own, with only the given environment variables of ours. */
    private record RunningApplication(Process process, URI base, Path log) {

        record Exit(int code, String output) {
        }

        static RunningApplication start(Map<String, String> env) throws Exception {
            int port = freePort();
            Path log = Files.createTempFile("clearchain-production-start", ".log");
            Process process = builder(env, port).redirectOutput(log.toFile()).start();
            RunningApplication app = new RunningApplication(process, URI.create("http://127.0.0.1:" + port + "/"), log);
            app.awaitHealth(Duration.ofSeconds(120));
            return app;
        }

        static Exit runUntilExit(Map<String, String> env) throws Exception {
            Path log = Files.createTempFile("clearchain-production-refusal", ".log");
            Process process = builder(env, freePort()).redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Exit(0, "still running after 120 s:\n" + Files.readString(log));
            }
            return new Exit(process.exitValue(), Files.readString(log));
        }

        private static ProcessBuilder builder(Map<String, String> env, int port) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), Application.class.getName()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("CLEARCHAIN_") || name.startsWith("DATASOURCES_")
                    || name.startsWith("MICRONAUT_"));
            builder.environment().putAll(env);
            builder.environment().put("PORT", String.valueOf(port));
            return builder;
        }

        private void awaitHealth(Duration timeout) throws Exception {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("the application stopped at start:\n" + Files.readString(log));
                }
                try {
                    var r = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("health")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // the server is not listening yet: ask again
                }
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
            throw new AssertionError("no healthy answer within " + timeout + ":\n" + Files.readString(log));
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
