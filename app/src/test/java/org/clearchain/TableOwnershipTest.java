package org.clearchain;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A feature writes only its own tables; the others change through its service or an event. Each table's writers are
 * written down once here; a write from any other feature — an SQL statement in its code or a write method of a
 * Micronaut Data repository over that table — fails the build, and so does a table the migrations create that is
 * not listed.
 */
class TableOwnershipTest {

    /** Table → the features that may write it: its owner first, then (rarely) the one that manages it for the owner. */
    private static final Map<String, Set<String>> WRITERS = Map.ofEntries(
            // who acts: the login side reads users and organisations; the admin side (account) makes and changes them
            entry("app_user", Set.of("account", "security")),
            entry("organisation", Set.of("account")),
            entry("rate_limit_bucket", Set.of("security")),
            entry("web_session", Set.of("security")),
            entry("cluster_lease", Set.of("cluster")),
            entry("audit_entry", Set.of("audit")),
            entry("audit_head", Set.of("audit")),
            // corrections kept as history: every feature records its own through audit.Revisions
            entry("revision", Set.of("audit")),
            entry("password_reset", Set.of("account")),
            entry("invitation", Set.of("onboarding")),
            entry("import_job", Set.of("feed")),
            entry("import_rejection", Set.of("feed")),
            entry("feed_pull", Set.of("feed")),
            entry("reference_edition", Set.of("reference")),
            entry("country_risk_entry", Set.of("reference")),
            entry("goods_risk_entry", Set.of("reference")),
            entry("agency", Set.of("agency")),
            entry("licence", Set.of("licence")),
            entry("licence_event", Set.of("licence")),
            entry("licence_number_sequence", Set.of("licence")),
            entry("complaint", Set.of("complaint")),
            entry("unlicensed_recruiter", Set.of("recruiter")),
            entry("supplier", Set.of("supplier")),
            entry("site", Set.of("supplier")),
            entry("buyer_link", Set.of("supplier")),
            entry("ended_buyer_link", Set.of("supplier")),
            entry("agency_use", Set.of("supplier")),
            entry("link_request", Set.of("supplier")),
            entry("supplier_creation_claim", Set.of("supplier")),
            entry("declaration", Set.of("declaration")),
            entry("declaration_request", Set.of("declaration")),
            entry("declaration_licence_check", Set.of("declaration")),
            entry("inspection", Set.of("inspection")),
            entry("imported_inspection", Set.of("inspection")),
            entry("finding", Set.of("inspection")),
            entry("referral", Set.of("inspection")),
            entry("inspection_addendum", Set.of("inspection")),
            entry("corrective_action", Set.of("inspection")),
            entry("assistance_service", Set.of("inspection")),
            entry("entity_list", Set.of("screening")),
            entry("entity_list_entry", Set.of("screening")),
            entry("screening_hit", Set.of("screening")),
            entry("risk_snapshot", Set.of("risk")),
            entry("finding_statistics_quarter", Set.of("stats")));

    private static final Path MAIN = Path.of("src/main/java/org/clearchain");
    private static final Path MIGRATIONS = Path.of("../schemas/src/main/resources/db/migration");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern SQL_WRITE = Pattern.compile(
            "\\b(?:insert\\s+(?:ignore\\s+)?into|replace\\s+into|update|delete\\s+from|into\\s+table)\\s+`?([a-z_0-9]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_INFILE_LOAD = Pattern.compile("\\.load\\([^,()]+,\\s*(?:[a-zA-Z]+,\\s*)?[^,()]*?\"([a-z_0-9]+)\"");
    private static final Pattern WRITE_METHOD = Pattern.compile("(save|update|delete|insert|persist|merge)[A-Za-z]*");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    @Test
    void everyTableTheMigrationsCreateHasItsWriters() throws IOException {
        Set<String> created = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        Pattern create = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);
        Pattern drop = Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?`?([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file);
                create.matcher(sql).results().forEach(m -> created.add(m.group(1).toLowerCase(Locale.ROOT)));
                drop.matcher(sql).results().forEach(m -> dropped.add(m.group(1).toLowerCase(Locale.ROOT)));
            }
        }
        created.removeAll(dropped);

        assertEquals(created, new TreeSet<>(WRITERS.keySet()), "each table of the schema, and only those, has its writers here");
    }

    @Test
    void sqlWritesOnlyItsOwnFeaturesTables() throws IOException {
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = featureOf(MAIN.relativize(file));
                String source = Files.readString(file);
                for (String table : tablesWrittenBy(source)) {
                    if (!WRITERS.get(table).contains(feature)) {
                        trespasses.add(MAIN.relativize(file) + " writes " + table + ", which belongs to " + WRITERS.get(table));
                    }
                }
            }
        }

        assertEquals(List.of(), trespasses);
    }

    @Test
    void repositoryWritesComeFromTheTablesWriters() {
        Set<String> trespasses = repositoryWrites().stream().filter(write -> !WRITERS.get(write.table()).contains(write.feature()))
                .map(write -> write.caller() + " writes " + write.table() + ", which belongs to " + WRITERS.get(write.table()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), trespasses);
    }

    @Test
    void theRepositoryWritesAreSeen() {
        Set<String> seen = repositoryWrites().stream().map(write -> write.feature() + " → " + write.table()).collect(Collectors.toSet());

        assertTrue(seen.containsAll(Set.of("account → organisation", "supplier → supplier", "audit → audit_head",
                "inspection → finding", "supplier → link_request")), seen::toString);
    }

    private record RepositoryWrite(String caller, String feature, String table) { }

    /** Every call of a repository's write method (save…, update…, delete…, or an {@code @Query} that writes). */
    private static List<RepositoryWrite> repositoryWrites() {
        List<RepositoryWrite> writes = new ArrayList<>();
        for (JavaClass caller : classes) {
            for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
                JavaClass repository = call.getTargetOwner();
                if (isRepository(repository)) {
                    tableWrittenBy(call, repository).ifPresent(table -> writes.add(new RepositoryWrite(
                            caller.getName() + "." + call.getOrigin().getName() + " → " + repository.getSimpleName() + "."
                                    + call.getName(), featureOf(caller), table)));
                }
            }
        }
        return writes;
    }

    @Test
    void theScannerSeesTheWaysThisCodeWrites() {
        String source = """
                String a = "INSERT INTO agency (legal_name) VALUES (?)";
                String b = "UPDATE supplier s JOIN (SELECT 1) x ON x.id = s.id SET s.score = 1";
                String c = \"""
                        DELETE FROM link_request WHERE id = ?\""";
                localInfile.load(connection, "licence_event", COLUMNS, rows);
                // prose that says update the supplier is not SQL, and neither is "ON DUPLICATE KEY UPDATE last_value = 1"
                """;

        assertEquals(Set.of("agency", "supplier", "link_request", "licence_event"), tablesWrittenBy(source));
    }

    private static Set<String> tablesWrittenBy(String source) {
        Set<String> tables = new TreeSet<>();
        Matcher literal = STRING_LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            SQL_WRITE.matcher(text).results().map(m -> m.group(1).toLowerCase(Locale.ROOT))
                    .filter(WRITERS::containsKey).forEach(tables::add);
        }
        LOCAL_INFILE_LOAD.matcher(source).results().map(m -> m.group(1)).filter(WRITERS::containsKey).forEach(tables::add);
        return tables;
    }

    private static boolean isRepository(JavaClass type) {
        return type.isAssignableTo("io.micronaut.data.repository.GenericRepository") && type.getPackageName().startsWith("org.clearchain");
    }

    /** The table an {@code @Query} writes, or the repository's own for a derived write (save…, update…, delete…). */
    private static Optional<String> tableWrittenBy(JavaMethodCall call, JavaClass repository) {
        Optional<String> query = call.getTarget().resolveMember()
                .flatMap(method -> method.tryGetAnnotationOfType("io.micronaut.data.annotation.Query"))
                .map(annotation -> annotation.get("value").map(Object::toString).orElse(""));
        if (query.isPresent()) {
            return tablesWrittenBy("\"\"\"" + query.get() + "\"\"\"").stream().findFirst();
        }
        return WRITE_METHOD.matcher(call.getName()).matches() ? tableOf(repository) : Optional.empty();
    }

    /** The table of the entity a repository is declared over, e.g. {@code CrudRepository<Supplier, Long>} → supplier. */
    private static Optional<String> tableOf(JavaClass repository) {
        return Stream.concat(Stream.of(repository), repository.getAllRawInterfaces().stream())
                .flatMap(type -> type.getInterfaces().stream())
                .filter(JavaParameterizedType.class::isInstance)
                .map(type -> ((JavaParameterizedType) type).getActualTypeArguments())
                .filter(arguments -> !arguments.isEmpty())
                .map(arguments -> arguments.get(0))
                .map(JavaType::toErasure)
                .flatMap(entity -> entity.tryGetAnnotationOfType("io.micronaut.data.annotation.MappedEntity").stream())
                .map(mapped -> mapped.get("value").map(Object::toString).orElse(""))
                .filter(WRITERS::containsKey)
                .findFirst();
    }

    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring("org.clearchain".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }

    private static String featureOf(Path relative) {
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    static {
        // each writer named above is a feature of this code base, so a rename cannot leave a stale line behind
        Set<String> features = WRITERS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        for (String feature : features) {
            if (!Files.isDirectory(MAIN.resolve(feature))) {
                throw new IllegalStateException("no feature " + feature);
            }
        }
    }
}
