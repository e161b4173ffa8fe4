package org.clearchain.securitysuite;

import org.clearchain.security.Role;
import org.clearchain.securitysuite.SecurityWorld.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.clearchain.securitysuite.ExpectationFiles.roles;
import static org.clearchain.securitysuite.ExpectationFiles.statuses;

/**
 * The expectations table, {@code securitysuite/operations.yml}: for each operation of the OpenAPI document, who may
 * call it and what each caller gets. The file's header explains the keys.
 */
final class Expectations {

    static final String RESOURCE = "securitysuite/operations.yml";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern RELATIVE_DAY = Pattern.compile("today([+-]\\d+)?");

    /** A value of a path variable that names nothing, and what an allowed caller gets for it. */
    record Absent(String value, int status) {
    }

    record Entry(String operation, boolean isPublic, Set<Role> roles, int ok, Map<String, Integer> own,
                 Set<Role> tenant, Map<String, Integer> other, String fixture, Map<String, Object> path, Object body,
                 Map<String, String> upload, Map<String, String> known, boolean last, List<String> notRead,
                 List<String> mayShow, String why) {

        boolean allows(Caller caller) {
            return isPublic || (!caller.isAnonymous() && roles.contains(caller.role()));
        }

        /** What this caller gets when it names the fixture of tenant A. */
        int expected(Caller caller) {
            if (caller.isAnonymous()) {
                return isPublic ? own.getOrDefault("anonymous", ok) : 401;
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

        /** A caller of tenant B whose role sees only its own tenant's records: nothing of A's may reach it. */
        boolean isScoped(Caller caller) {
            return !caller.isAnonymous() && caller.tenant() == 'B' && tenant.contains(caller.role());
        }

        boolean fixtureInPath() {
            return fixture != null && operation.contains("{") && path.size() < countVariables(operation);
        }

        /** Why a caller's answer is known to be wrong today and who is fixing it, or null. */
        String knownViolation(Caller caller) {
            return known.get(caller.label());
        }
    }

    private final Map<String, Entry> entries;
    private final Map<String, Absent> absent;

    private Expectations(Map<String, Entry> entries, Map<String, Absent> absent) {
        this.entries = entries;
        this.absent = absent;
    }

    @SuppressWarnings("unchecked")
    static Expectations load() {
        Map<String, Object> file = ExpectationFiles.read(RESOURCE);
        Map<String, Absent> absent = ExpectationFiles.absent(file);
        Map<String, Entry> entries = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) file.get("operations")).forEach((operation, spec) ->
                entries.put(operation, entry(operation, spec == null ? Map.of() : spec)));
        return new Expectations(entries, absent);
    }

    @SuppressWarnings("unchecked")
    private static Entry entry(String operation, Map<String, Object> spec) {
        Object roles = spec.get("roles");
        boolean isPublic = "public".equals(roles);
        Set<Role> allowed = isPublic || roles == null ? Set.of() : roles((List<String>) roles);
        return new Entry(operation, isPublic, allowed, (Integer) spec.getOrDefault("ok", 200),
                statuses(spec.get("own")), spec.containsKey("tenant") ? roles((List<String>) spec.get("tenant")) : Set.of(),
                statuses(spec.get("other")), (String) spec.get("fixture"),
                (Map<String, Object>) spec.getOrDefault("path", Map.of()), spec.get("body"),
                (Map<String, String>) spec.get("upload"), (Map<String, String>) spec.getOrDefault("known", Map.of()),
                Boolean.TRUE.equals(spec.get("last")), (List<String>) spec.getOrDefault("notRead", List.of()),
                (List<String>) spec.getOrDefault("mayShow", List.of()), (String) spec.get("why"));
    }

    private static int countVariables(String operation) {
        return (int) operation.chars().filter(c -> c == '{').count();
    }

    Map<String, Entry> entries() {
        return entries;
    }

    Absent absent(String variable) {
        return absent.get(variable);
    }

    /** {@code ${name}} replaced by a fixture value (keeping its type when it is the whole text), a date or a unique text. */
    static Object fill(Object template, Map<String, Object> values, SecurityWorld world) {
        if (template instanceof String text) {
            Matcher whole = PLACEHOLDER.matcher(text);
            if (whole.matches()) {
                return value(whole.group(1), values, world);
            }
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value(m.group(1), values, world))));
            }
            m.appendTail(out);
            return out.toString();
        }
        if (template instanceof Map<?, ?> map) {
            Map<String, Object> filled = new LinkedHashMap<>();
            map.forEach((k, v) -> filled.put(String.valueOf(k), fill(v, values, world)));
            return filled;
        }
        if (template instanceof List<?> list) {
            List<Object> filled = new ArrayList<>();
            list.forEach(v -> filled.add(fill(v, values, world)));
            return filled;
        }
        return template;
    }

    private static Object value(String name, Map<String, Object> values, SecurityWorld world) {
        if (values.containsKey(name)) {
            return values.get(name);
        }
        Matcher day = RELATIVE_DAY.matcher(name);
        if (day.matches()) {
            return LocalDate.now().plusDays(day.group(1) == null ? 0 : Long.parseLong(day.group(1))).toString();
        }
        return switch (name) {
            case "unique" -> world.unique();
            case "questionnaireExample" -> world.questionnaireExample();
            case "invitationCode" -> world.invitationCode();
            case "passwordResetCode" -> world.passwordResetCode();
            default -> throw new IllegalArgumentException("no value for ${" + name + "}; the fixture has " + values.keySet());
        };
    }
}
