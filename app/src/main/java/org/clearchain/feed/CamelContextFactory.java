package org.clearchain.feed;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.clearchain.cluster.ClusterConfiguration;
import org.clearchain.cluster.ClusterLeases;
import org.clearchain.integrations.feed.FeedErrorHandling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Camel context as a Micronaut bean: every route bean added (each feature declares its feed's), the cluster
 * service chosen by configuration, started once the application is up (so routes find the database migrated) and stopped with it. There is no
 * maintained Micronaut 4 module for Camel 4; this is all of it.
 */
@Factory
class CamelContextFactory {

    private static final Logger LOG = LoggerFactory.getLogger(CamelContextFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    CamelContext camelContext(List<RoutesBuilder> routes, FeedsConfiguration feeds, ClusterLeases leases,
                              ClusterConfiguration cluster) throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("clearchain-feeds");
        CamelClusterService clusterService = clusterService(feeds.cluster(), leases, cluster);
        if (clusterService != null) {
            camel.addService(clusterService);
        }
        camel.addRoutes(new FeedErrorHandling());
        for (RoutesBuilder route : routes) {
            camel.addRoutes(route);
        }
        return camel;
    }

    @Singleton
    @Bean(preDestroy = "close")
    ProducerTemplate producerTemplate(CamelContext camel) {
        return camel.createProducerTemplate();
    }

    static CamelClusterService clusterService(FeedsConfiguration.Cluster cluster, ClusterLeases leases,
                                              ClusterConfiguration leaseSettings) {
        return switch (cluster.mode().toLowerCase()) {
            case "none" -> null;
            case "file" -> {
                FileLockClusterService service = new FileLockClusterService();
                service.setRoot(cluster.lockDirectory().toAbsolutePath().toString());
                service.setAcquireLockDelay(1, TimeUnit.SECONDS);
                service.setAcquireLockInterval(2, TimeUnit.SECONDS);
                yield service;
            }
            // leases in the shared database, polled as often as held leases are renewed
            case "database" -> new DatabaseClusterService(leases, leaseSettings.renewInterval());
            case "kubernetes" -> {
                KubernetesClusterService service = new KubernetesClusterService();
                service.setClusterLabels(java.util.Map.of("app", "clearchain"));
                yield service;
            }
            default -> throw new IllegalStateException("clearchain.feeds.cluster.mode must be none, file, database or kubernetes, not '"
                    + cluster.mode() + "'");
        };
    }

    @Singleton
    static class Starter {

        private final CamelContext camel;
        private final FeedsConfiguration feeds;

        Starter(CamelContext camel, FeedsConfiguration feeds) {
            this.camel = camel;
            this.feeds = feeds;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            if (!feeds.enabled()) {
                LOG.info("Feeds are disabled (clearchain.feeds.enabled=false): no inbox is watched, nothing is pulled");
                return;
            }
            camel.start();
            LOG.info("Feeds started: {} routes, inboxes under {}", camel.getRoutes().size(),
                    feeds.inbox().toAbsolutePath());
        }
    }
}
