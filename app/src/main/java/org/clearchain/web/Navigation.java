package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;
import org.clearchain.security.Role;

import java.util.List;

/** The menu's links for whoever is signed in (the public's links are in every menu). Keys are message keys. */
public final class Navigation {

    public record Link(String key, String href) {
    }

    private Navigation() {
    }

    public static List<Link> publicLinks() {
        return List.of(new Link("home.verify.link", "/verify"), new Link("home.register.link", "/register"),
                new Link("home.complain.link", "/complaints/new"));
    }

    public static List<Link> of(@Nullable Role role) {
        if (role == null) {
            return List.of();
        }
        return switch (role) {
            case LICENSING_OFFICER -> List.of(new Link("officer.nav.dashboard", "/officer"),
                    new Link("officer.nav.agencies", "/officer/agencies"),
                    new Link("lifecycle.nav.register", "/officer/agencies/new"),
                    new Link("officer.nav.complaints", "/officer/complaints"),
                    new Link("feeds.nav", "/officer/feeds"),
                    new Link("account.title", "/account"));
            default -> List.of(new Link("account.title", "/account"));
        };
    }
}
