package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;

/** A "back to" or "next" address taken from a request is followed only within this site (no open redirect). */
final class LocalPaths {

    private LocalPaths() {
    }

    static URI orHome(@Nullable String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return URI.create("/");
        }
        try {
            URI uri = URI.create(path);
            return uri.getScheme() == null && uri.getHost() == null ? uri : URI.create("/");
        } catch (IllegalArgumentException malformed) {
            return URI.create("/");
        }
    }
}
