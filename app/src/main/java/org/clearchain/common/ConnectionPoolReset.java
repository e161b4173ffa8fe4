package org.clearchain.common;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * After the database was unreachable, every pooled connection is suspect. Hikari skips its liveness check for
 * a connection used in the last half second, so without this the first requests after the database comes
 * back would fail on dead sockets. Evicting the pool makes the next request open a fresh connection.
 */
@Singleton
class ConnectionPoolReset {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPoolReset.class);

    private final DataSource dataSource;

    ConnectionPoolReset(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void evictAll() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not evict the connection pool: {}", e.toString());
        }
    }
}
