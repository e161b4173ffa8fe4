package org.clearchain.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both languages say everything the templates ask for. */
class MessagesTest {

    /** {@code t("key")} with a literal key; keys built at run time ("role." + …) are checked by the pages' tests. */
    private static final Pattern LITERAL_KEY = Pattern.compile("\\.t\\(\"([a-zA-Z0-9_.-]+)\"\\s*[,)]");

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            assertEquals(keys(bundle + ".properties").keySet(), keys(bundle + "_fr.properties").keySet(), bundle);
        }
    }

    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Set<Object> seen = new java.util.HashSet<>();
        for (String bundle : Messages.BUNDLES) {
            for (Object key : keys(bundle + ".properties").keySet()) {
                assertTrue(seen.add(key), key + " is in two bundles; the first wins");
            }
        }
    }

    @Test
    void everyKeyATemplateOrPageUsesExists() throws IOException {
        Set<Object> known = new java.util.HashSet<>();
        for (String bundle : Messages.BUNDLES) {
            known.addAll(keys(bundle + ".properties").keySet());
        }
        Set<String> missing = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/jte"), Path.of("src/main/java/org/clearchain/web")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!known.contains(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys missing from every bundle: " + missing);
    }

    @Test
    void frenchUsesTheTypographicApostropheThatMessageFormatLeavesAlone() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            keys(bundle + "_fr.properties").forEach((key, value) ->
                    assertTrue(!value.toString().contains("'"), key + " has a straight apostrophe: use ’"));
        }
    }

    private static Properties keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + file)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
