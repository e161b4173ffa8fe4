package org.clearchain.common;

import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.RegisterFixture;
import org.clearchain.testing.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database goes away: requests fail cleanly with 503, nothing half-written stays, and service resumes. */
class DatabaseOutageTest extends ApiTest {

    private static final Pattern HOST_PORT = Pattern.compile("(jdbc:(?:mysql|mariadb)://)([^:/]+):(\\d+)(/.*)");

    private TcpProxy proxy;

    @Override
    protected Map<String, String> extraProperties() {
        Matcher m = HOST_PORT.matcher(database.url());
        if (!m.matches()) {
            throw new IllegalStateException("cannot put a proxy in front of " + database.url());
        }
        try {
            proxy = new TcpProxy(m.group(2), Integer.parseInt(m.group(3)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("datasources.default.url", m.group(1) + "127.0.0.1:" + proxy.port() + m.group(4));
    }

    @AfterAll
    void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void aWriteDuringAnOutageFailsWith503AndTheNextOneSucceedsOnceTheDatabaseIsBack() {
        String officer = api.login("licensing");
        long agenciesBefore = count("SELECT COUNT(*) FROM agency");
        long auditBefore = count("SELECT COUNT(*) FROM audit_entry");

        proxy.cut();
        Api.Response during = api.post("/api/agencies", officer, RegisterFixture.agencyBody("Outage Agency", "FR"));
        proxy.restore();

        assertEquals(503, during.status(), during::toString);
        assertTrue(during.contentType().startsWith("application/problem+json"), during.contentType());
        assertTrue(during.text("detail").contains("database"), during.text("detail"));
        assertFalse(during.raw().contains("Exception"), "no stack trace or exception name reaches the client");
        assertEquals(agenciesBefore, count("SELECT COUNT(*) FROM agency"), "nothing half-written");
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_entry"));

        Api.Response after = api.post("/api/agencies", officer, RegisterFixture.agencyBody("Outage Agency", "FR"));

        assertEquals(201, after.status(), after::toString);
        assertEquals(agenciesBefore + 1, count("SELECT COUNT(*) FROM agency"));
    }

    @Test
    void publicVerificationDuringAnOutageAnswers503NotAFalseVerdict() {
        proxy.cut();
        Api.Response during = api.get("/api/public/licences/CC-2000-000999", null);
        proxy.restore();

        assertEquals(503, during.status(), during::toString);
    }
}
