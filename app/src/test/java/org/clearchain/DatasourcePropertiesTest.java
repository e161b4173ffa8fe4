package org.clearchain;

import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.transaction.TransactionOperations;
import org.clearchain.testing.ApiTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The driver settings in application.yml reach the driver. They once did not: HikariCP 6 passes the values on
 * untouched and Connector/J ignores any that is not a String, so YAML's unquoted {@code true} switched nothing on
 * and every batch went to the server one row at a time.
 */
class DatasourcePropertiesTest extends ApiTest {

    @Test
    void everyConfiguredDriverPropertyIsInEffectOnThePoolsConnections() {
        var context = server.getApplicationContext();
        Map<String, String> configured = new TreeMap<>();
        context.getBean(DatasourceConfiguration.class).getDataSourceProperties()
                .forEach((k, v) -> configured.put(k.toString(), v.toString()));
        assertFalse(configured.isEmpty(), "application.yml sets driver properties");

        TransactionOperations<?> transactions = context.getBean(TransactionOperations.class);
        Map<String, String> inEffect = transactions.executeRead(status -> {
            try {
                JdbcConnection connection = context.getBean(DataSource.class).getConnection().unwrap(JdbcConnection.class);
                Map<String, String> values = new TreeMap<>();
                configured.keySet().forEach(name ->
                        values.put(name, String.valueOf(connection.getPropertySet().getProperty(name).getValue())));
                return values;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals(configured, inEffect);
    }
}
