package org.clearchain.securitysuite;

import org.clearchain.security.Role;
import org.clearchain.securitysuite.Expectations.Absent;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the operations' and the pages' tables are read with: the YAML file, its {@code absent} values, roles, statuses. */
final class ExpectationFiles {

    private ExpectationFiles() {
    }

    static Map<String, Object> read(String resource) {
        try (InputStream in = ExpectationFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is missing from the test resources");
            }
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's {@code absent} section: for a path variable, a value that names nothing and what it answers. */
    @SuppressWarnings("unchecked")
    static Map<String, Absent> absent(Map<String, Object> file) {
        Map<String, Absent> absent = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) file.getOrDefault("absent", Map.of())).forEach((name, spec) ->
                absent.put(name, new Absent(String.valueOf(spec.get("value")), (Integer) spec.get("status"))));
        return absent;
    }

    static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Integer> statuses(Object spec) {
        return spec == null ? Map.of() : (Map<String, Integer>) spec;
    }
}
