package org.clearchain.securitysuite;

import org.clearchain.security.Role;
import org.clearchain.securitysuite.Expectations.Absent;
import org.clearchain.securitysuite.SecurityWorld.Caller;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.clearchain.securitysuite.ExpectationFiles.roles;
import static org.clearchain.securitysuite.ExpectationFiles.statuses;

/**
 * The pages' expectations table, {@code securitysuite/pages.yml}: for each route of the web console, who may open it
 * and what each visitor gets. The file's header explains the keys.
 */
final class PageExpectations {

    static final String RESOURCE = "securitysuite/pages.yml";

    record Entry(String route, boolean isPublic, Set<Role> roles, int ok, Map<String, Integer> own, Set<Role> tenant,
                 Map<String, Integer> other, String fixture, Map<String, Object> path, Map<String, Object> form,
                 Map<String, Object> upload, boolean freshSession, List<String> mayShow) {

        String method() {
            return route.substring(0, route.indexOf(' '));
        }

        String template() {
            return route.substring(route.indexOf(' ') + 1);
        }

        boolean unsafe() {
            return !"GET".equals(method()) && !"HEAD".equals(method());
        }

        boolean allows(Caller caller) {
            return isPublic || (!caller.isAnonymous() && roles.contains(caller.role()));
        }

        /** What this visitor gets when the path names tenant A's fixture. */
        int expected(Caller caller) {
            if (caller.isAnonymous()) {
                return isPublic ? own.getOrDefault("anonymous", ok) : unsafe() ? 401 : 303;
            }
            if (!allows(caller)) {
                return 403;
            }
            String role = caller.role().name();
            if (caller.tenant() == 'A') {
                return own.getOrDefault(role, ok);
            }
            if (other.containsKey(role)) {
                return other.get(role);
            }
            return isScoped(caller) ? (fixtureInPath() ? 404 : ok) : own.getOrDefault(role, ok);
        }

        boolean isScoped(Caller caller) {
            return !caller.isAnonymous() && caller.tenant() == 'B' && tenant.contains(caller.role());
        }

        boolean fixtureInPath() {
            long variables = route.chars().filter(c -> c == '{').count();
            return fixture != null && variables > 0 && path.size() < variables;
        }
    }

    private final Map<String, Entry> entries;
    private final Map<String, Absent> absent;

    private PageExpectations(Map<String, Entry> entries, Map<String, Absent> absent) {
        this.entries = entries;
        this.absent = absent;
    }

    @SuppressWarnings("unchecked")
    static PageExpectations load() {
        Map<String, Object> file = ExpectationFiles.read(RESOURCE);
        Map<String, Absent> absent = ExpectationFiles.absent(file);
        Map<String, Entry> entries = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) file.get("pages")).forEach((route, spec) ->
                entries.put(route, entry(route, spec == null ? Map.of() : spec)));
        return new PageExpectations(entries, absent);
    }

    @SuppressWarnings("unchecked")
    private static Entry entry(String route, Map<String, Object> spec) {
        Object roles = spec.get("roles");
        boolean isPublic = "public".equals(roles);
        Set<Role> allowed = "signed-in".equals(roles) ? EnumSet.allOf(Role.class)
                : roles instanceof List<?> list ? roles((List<String>) list) : Set.of();
        if (!isPublic && allowed.isEmpty()) {
            throw new AssertionError(RESOURCE + ": '" + route + "' needs `roles`: public, signed-in or a list of roles");
        }
        String method = route.substring(0, route.indexOf(' '));
        int ok = (Integer) spec.getOrDefault("ok", "GET".equals(method) ? 200 : 303);
        return new Entry(route, isPublic, allowed, ok, statuses(spec.get("own")),
                spec.containsKey("tenant") ? roles((List<String>) spec.get("tenant")) : Set.of(),
                statuses(spec.get("other")), (String) spec.get("fixture"),
                (Map<String, Object>) spec.getOrDefault("path", Map.of()),
                (Map<String, Object>) spec.getOrDefault("form", Map.of()),
                (Map<String, Object>) spec.getOrDefault("upload", Map.of()), "fresh".equals(spec.get("session")),
                (List<String>) spec.getOrDefault("mayShow", List.of()));
    }

    Map<String, Entry> entries() {
        return entries;
    }

    Absent absent(String variable) {
        return absent.get(variable);
    }
}
