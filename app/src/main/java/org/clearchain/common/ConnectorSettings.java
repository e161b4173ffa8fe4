package org.clearchain.common;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Connector/J settings, set on the pool's configuration in code: given under {@code data-source-properties} in
 * YAML, Micronaut hands their names to the driver in kebab case ({@code rewrite-batched-statements}), which the
 * driver ignores without a word — batches then go one statement at a time.
 */
@Singleton
class ConnectorSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Map<String, String> PROPERTIES = Map.of(
            // instants are stored as UTC wall-clock DATETIME(6) whatever the server's or JVM's time zone
            "connectionTimeZone", "UTC",
            "forceConnectionTimeZoneToSession", "true",
            "characterEncoding", "UTF-8",
            "useServerPrepStmts", "false",
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            // a JDBC batch of inserts becomes one multi-row INSERT
            "rewriteBatchedStatements", "true");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        PROPERTIES.forEach(configuration::addDataSourceProperty);
        return configuration;
    }
}
