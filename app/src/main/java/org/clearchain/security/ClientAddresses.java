package org.clearchain.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address a per-address limit counts against: the connection's remote address, or, when
 * {@code clearchain.limits.client-address-header} names one, the last address in that header (the one the proxy
 * in front of the application added; the entries before it are whatever the client sent). IPv6 addresses count
 * by their /64 network, which one subscriber usually holds whole.
 */
@Singleton
public class ClientAddresses {

    private static final int MAX_LENGTH = 100;

    private final String header;

    ClientAddresses(@Value("${clearchain.limits.client-address-header:}") String header) {
        this.header = header.strip();
    }

    public String of(HttpRequest<?> request) {
        if (!header.isEmpty()) {
            List<String> values = request.getHeaders().getAll(header);
            if (!values.isEmpty()) {
                String[] entries = values.get(values.size() - 1).split(",");
                String last = entries[entries.length - 1].strip();
                if (!last.isEmpty()) {
                    return normalised(last);
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null ? remote.getHostString() : network(remote.getAddress());
    }

    private static String normalised(String text) {
        String literal = text.startsWith("[") && text.indexOf(']') > 0 ? text.substring(1, text.indexOf(']')) : text;
        // parses literals only: a name in the header is never looked up in DNS
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal);
        if (bytes == null) {
            return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        }
        try {
            return network(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of " + bytes.length + " bytes", e);
        }
    }

    private static String network(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            Arrays.fill(bytes, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException("an IPv6 address of " + bytes.length + " bytes", e);
            }
        }
        return address.getHostAddress();
    }
}
