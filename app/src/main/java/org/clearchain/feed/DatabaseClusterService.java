package org.clearchain.feed;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.clearchain.cluster.ClusterLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Camel's cluster service on the database's leases ({@code clearchain.feeds.cluster.mode: database}): for each
 * namespace of a {@code master:} route, the instance holding the lease {@code feeds:<namespace>} imports, and the
 * others wait. It needs nothing but the database the instances already share, so it works across machines.
 */
class DatabaseClusterService extends AbstractCamelClusterService<DatabaseClusterService.View> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseClusterService.class);
    private static final int MAX_LEASE_NAME = 64;

    private final ClusterLeases leases;
    private final Duration pollInterval;

    DatabaseClusterService(ClusterLeases leases, Duration pollInterval) {
        super("database-leases");
        this.leases = leases;
        this.pollInterval = pollInterval;
    }

    @Override
    protected View createView(String namespace) {
        return new View(this, namespace);
    }

    /** The lease of a namespace; a long namespace keeps its start and a checksum, within the column's 64 characters. */
    static String leaseName(String namespace) {
        String name = "feeds:" + namespace;
        if (name.length() <= MAX_LEASE_NAME) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(namespace.getBytes(StandardCharsets.UTF_8));
        return name.substring(0, MAX_LEASE_NAME - 9) + "-" + HexFormat.of().toHexDigits((int) crc.getValue());
    }

    final class View extends AbstractCamelClusterView {

        private final String lease;
        private final Member local = new Member();
        private ScheduledExecutorService poller;
        private volatile boolean leader;

        View(DatabaseClusterService service, String namespace) {
            super(service, namespace);
            this.lease = leaseName(namespace);
        }

        @Override
        public Optional<CamelClusterMember> getLeader() {
            // another instance's name is not needed by master: routes, which only ask whether this one leads
            return leader ? Optional.of(local) : Optional.empty();
        }

        @Override
        public CamelClusterMember getLocalMember() {
            return local;
        }

        @Override
        public List<CamelClusterMember> getMembers() {
            return List.of(local);
        }

        @Override
        protected void doStart() {
            poller = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "feeds-lease-" + getNamespace());
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::poll, 0, Math.max(1, pollInterval.toMillis()), TimeUnit.MILLISECONDS);
        }

        @Override
        protected void doStop() {
            poller.shutdownNow();
            try {
                poller.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (leader) {
                leader = false;
                fireLeadershipChangedEvent(Optional.empty());
            }
            leases.release(lease);
        }

        private void poll() {
            try {
                boolean holds = leases.hold(lease);
                if (holds != leader) {
                    leader = holds;
                    LOG.info("{} {} the feeds of {}", leases.instanceId(), holds ? "now imports" : "no longer imports", getNamespace());
                    fireLeadershipChangedEvent(getLeader());
                }
            } catch (RuntimeException e) {
                LOG.warn("The feeds' lease {} could not be polled: {}", lease, e.toString());
            }
        }

        private final class Member implements CamelClusterMember {
            @Override
            public boolean isLeader() {
                return leader;
            }

            @Override
            public boolean isLocal() {
                return true;
            }

            @Override
            public String getId() {
                return leases.instanceId();
            }
        }
    }
}
