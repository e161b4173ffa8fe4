package org.clearchain.cluster;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.clearchain.common.InstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Named leases in the table {@code cluster_lease}, so that work meant to run once per cluster runs on one instance:
 * {@code leases.runIfLeader("licence-expiry", this::expireDue)}. An instance takes a lease when it is free or expired,
 * and renews the leases it holds every {@code renew-interval}; if it dies they expire after {@code lease-duration} and
 * the next instance to ask takes them. On shutdown it lets them go at once.
 * <p>
 * Every time is the database's ({@code UTC_TIMESTAMP}): instances never compare their own clocks, so a skewed host
 * cannot take a lease early, and the session time zone does not matter. Each statement runs on a connection of its
 * own, committed at once, never inside a caller's transaction.
 * <p>
 * Two instances taking a lease at the same moment conflict: on Galera one fails certification and InnoDB may pick
 * a deadlock victim. Either way the loser is simply not the leader this time; nothing here is retried.
 */
@Context
// a context without a database (e.g. a bare ObjectMapper's in tests) has no leases to hold
@Requires(beans = DataSource.class)
public class ClusterLeases implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterLeases.class);

    /**
     * Take when free or expired, renew when ours, else leave the row alone. MariaDB and MySQL assign left to right, each
     * assignment seeing the ones before it: holder is compared before it changes, and expires_at last, once holder
     * says whether this instance has it now.
     */
    private static final String TAKE_OR_RENEW = """
            INSERT INTO cluster_lease (name, holder, acquired_at, renewed_at, expires_at)
            VALUES (?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL ? MICROSECOND)
            ON DUPLICATE KEY UPDATE
                acquired_at = IF(expires_at <= UTC_TIMESTAMP(6), VALUES(acquired_at), acquired_at),
                renewed_at = IF(holder = VALUES(holder) OR expires_at <= UTC_TIMESTAMP(6), VALUES(renewed_at), renewed_at),
                holder = IF(holder = VALUES(holder) OR expires_at <= UTC_TIMESTAMP(6), VALUES(holder), holder),
                expires_at = IF(holder = VALUES(holder), VALUES(expires_at), expires_at)""";
    private static final String HOLDER = "SELECT holder FROM cluster_lease WHERE name = ?";
    /** The heartbeat: one statement per lease, and only while this instance is still its holder. */
    private static final String RENEW = """
            UPDATE cluster_lease SET renewed_at = UTC_TIMESTAMP(6), expires_at = UTC_TIMESTAMP(6) + INTERVAL ? MICROSECOND
            WHERE name = ? AND holder = ?""";
    private static final String RELEASE = "UPDATE cluster_lease SET expires_at = UTC_TIMESTAMP(6) WHERE holder = ? AND expires_at > UTC_TIMESTAMP(6)";
    private static final String RELEASE_ONE = """
            UPDATE cluster_lease SET expires_at = UTC_TIMESTAMP(6) WHERE name = ? AND holder = ? AND expires_at > UTC_TIMESTAMP(6)""";
    private static final int MAX_NAME = 64;
    private static final int MAX_INSTANCE_ID = 200;

    private final DataSource dataSource;
    private final String instanceId;
    private final long leaseMicros;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewer;
    private volatile boolean closed;

    @Inject
    ClusterLeases(DataSource dataSource, DataSourceResolver resolver, InstanceId instance, ClusterConfiguration configuration) {
        this(resolver.resolve(dataSource), instance.value(), configuration.leaseDuration(), configuration.renewInterval());
        LOG.info("Leases taken by {} last {} and are renewed every {}", instanceId, configuration.leaseDuration(),
                configuration.renewInterval());
        if (configuration.renewInterval().multipliedBy(2).compareTo(configuration.leaseDuration()) > 0) {
            LOG.warn("clearchain.cluster.renew-interval {} is more than half the lease duration {}: a slow renewal may let a "
                    + "lease expire while its holder still works", configuration.renewInterval(), configuration.leaseDuration());
        }
    }

    /**
     * @param dataSource the pool itself, so that each statement commits on its own
     * @param renewInterval how often held leases are renewed, or null for never (tests renew by hand)
     */
    ClusterLeases(DataSource dataSource, String instanceId, Duration leaseDuration, Duration renewInterval) {
        if (instanceId.isBlank() || instanceId.length() > MAX_INSTANCE_ID) {
            throw new IllegalArgumentException("clearchain.instance-id must have 1 to " + MAX_INSTANCE_ID + " characters");
        }
        if (leaseDuration.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("clearchain.cluster.lease-duration must be at least 100 ms, not " + leaseDuration);
        }
        this.dataSource = dataSource;
        this.instanceId = instanceId;
        this.leaseMicros = TimeUnit.NANOSECONDS.toMicros(leaseDuration.toNanos());
        if (renewInterval == null) {
            this.renewer = null;
        } else {
            this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "cluster-lease-renewal");
                thread.setDaemon(true);
                return thread;
            });
            long every = Math.max(1, renewInterval.toMillis());
            // its own thread: a long job on the scheduler's threads must not starve the renewal of its own lease
            renewer.scheduleWithFixedDelay(this::renewHeld, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** This instance's name in {@code cluster_lease.holder}, stable for the life of the process. */
    public String instanceId() {
        return instanceId;
    }

    /**
     * Runs the task when this instance holds (or can take) the lease, else does nothing.
     *
     * @return whether the task ran here
     */
    public boolean runIfLeader(String lease, Runnable task) {
        if (!hold(lease)) {
            LOG.debug("{} runs on the instance holding its lease, not on {}", lease, instanceId);
            return false;
        }
        task.run();
        return true;
    }

    /**
     * Takes the lease when it is free or expired, or renews it when this instance holds it.
     *
     * @return whether this instance holds it now; false also when the database could not be asked
     */
    public boolean hold(String lease) {
        if (lease.isEmpty() || lease.length() > MAX_NAME) {
            throw new IllegalArgumentException("A lease name has 1 to " + MAX_NAME + " characters: " + lease);
        }
        if (closed) {
            return false;
        }
        boolean holds;
        try (Connection connection = dataSource.getConnection()) {
            holds = takeOrRenew(connection, lease);
        } catch (SQLException e) {
            notHeld(lease, e);
            return false;
        }
        if (holds && held.add(lease)) {
            LOG.info("{} took the lease {}", instanceId, lease);
        } else if (!holds && held.remove(lease)) {
            LOG.info("{} no longer holds the lease {}", instanceId, lease);
        }
        return holds;
    }

    private boolean takeOrRenew(Connection connection, String lease) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement take = connection.prepareStatement(TAKE_OR_RENEW)) {
                take.setString(1, lease);
                take.setString(2, instanceId);
                take.setLong(3, leaseMicros);
                take.executeUpdate();
            }
            boolean mine;
            try (PreparedStatement read = connection.prepareStatement(HOLDER)) {
                read.setString(1, lease);
                try (ResultSet row = read.executeQuery()) {
                    mine = row.next() && instanceId.equals(row.getString(1));
                }
            }
            // On Galera the conflict with another node's take shows here, as a deadlock: then it is not ours
            connection.commit();
            return mine;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Renews every lease this instance holds; one that another instance took meanwhile is dropped. */
    void renewHeld() {
        for (String lease : held) {
            if (closed) {
                return;
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement renew = connection.prepareStatement(RENEW)) {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                renew.setLong(1, leaseMicros);
                renew.setString(2, lease);
                renew.setString(3, instanceId);
                if (renew.executeUpdate() == 0 && held.remove(lease)) {
                    LOG.warn("{} lost the lease {}: another instance took it after it expired", instanceId, lease);
                }
            } catch (SQLException | RuntimeException e) {
                // kept in the set: the next renewal or take says whether it is still ours
                LOG.warn("{} could not renew the lease {}: {}", instanceId, lease, e.toString());
            }
        }
    }

    /** Lets one lease go at once, when this instance holds it, so that another instance may take it now. */
    public void release(String lease) {
        if (!held.remove(lease)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement(RELEASE_ONE)) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            release.setString(1, lease);
            release.setString(2, instanceId);
            release.executeUpdate();
            LOG.info("{} let the lease {} go", instanceId, lease);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("{} could not let the lease {} go; it expires on its own: {}", instanceId, lease, e.toString());
        }
    }

    /** Stops renewing and lets this instance's leases go at once, so another instance takes them on its next run. */
    @PreDestroy
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (renewer != null) {
            renewer.shutdownNow();
        }
        held.clear();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement(RELEASE)) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            release.setString(1, instanceId);
            int released = release.executeUpdate();
            if (released > 0) {
                LOG.info("{} let {} lease(s) go", instanceId, released);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("{} could not let its leases go; they expire on their own: {}", instanceId, e.toString());
        }
    }

    private void notHeld(String lease, SQLException e) {
        held.remove(lease);
        if (isConflict(e)) {
            LOG.debug("{} lost the race for the lease {}; another instance leads this time", instanceId, lease);
        } else {
            LOG.warn("{} could not take or renew the lease {}: {}", instanceId, lease, e.toString());
        }
    }

    /** A deadlock (1213), a lock wait timeout (1205) or Galera's certification failure (also 1213 / 40001). */
    static boolean isConflict(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || s.getErrorCode() == 1213 || s.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }
}
