package org.clearchain.galera;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.clearchain.testing.Api;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.TestDatabases;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** One instance of the application, on a port of its own, connected to one node of the cluster. */
final class ClusterInstance implements AutoCloseable {

    final String name;
    final EmbeddedServer server;
    final Api api;

    private ClusterInstance(String name, EmbeddedServer server) {
        this.name = name;
        this.server = server;
        this.api = new Api(URI.create(server.getURL() + "/"), server.getApplicationContext().getBean(JsonMapper.class));
    }

    /**
     * Starts an instance on {@code database} as reached through its node. Start the first instance alone: it migrates
     * the schema (Flyway's lock is a named lock, which Galera does not replicate).
     */
    static ClusterInstance start(String name, TestDatabases.Database database, Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(ApiTest.applicationProperties(database));
        properties.put("clearchain.instance-id", name);
        properties.putAll(extra);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, Environment.TEST);
        return new ClusterInstance(name, server);
    }

    ApplicationContext context() {
        return server.getApplicationContext();
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
