package org.clearchain.common;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This process among the instances sharing the database: {@code clearchain.instance-id} when set, otherwise the
 * host's name and a random suffix, so two processes on one host (or a restarted one) never share an id. Whatever
 * this instance owns (an import job) is named by it.
 */
@Singleton
public class InstanceId {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceId.class);

    private final String id;

    public InstanceId(@Value("${clearchain.instance-id:}") String configured) {
        this.id = configured == null || configured.isBlank() ? hostName() + "-" + suffix() : atMost100(configured.strip());
        LOG.info("This instance is {}", id);
    }

    public String value() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

    private static String atMost100(String configured) {
        return configured.length() <= 100 ? configured : configured.substring(0, 100);
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "instance";
            }
        }
        return host.length() > 80 ? host.substring(0, 80) : host;
    }

    private static String suffix() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
