package org.clearchain.securitysuite;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.clearchain.security.Role;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.Api;
import org.clearchain.testing.FeedFixture;
import org.clearchain.testing.Onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Two tenants built through the API as their people would: tenant A (the demo accounts) owns every fixture the suite
 * points at, tenant B has a user of each role and nothing of A's. Each fixture carries marker strings of A's that
 * must never reach a caller who may not read it. A fixture is shared by the requests expected to be refused, and made
 * anew for each request expected to change it.
 */
final class SecurityWorld {

    /** Someone calling the API: anonymous (no role), or a user of one role in tenant A or B. */
    record Caller(Role role, char tenant, String token) {

        static Caller anonymous() {
            return new Caller(null, '-', null);
        }

        boolean isAnonymous() {
            return role == null;
        }

        String label() {
            return role == null ? "anonymous" : role + "@" + tenant;
        }
    }

    private static final String PASSWORD = "suite-password-of-tenant-b";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final Api api;
    private final JsonMapper json;
    private final FeedFixture feeds;
    private final String admin;
    private final Map<String, Caller> callers = new LinkedHashMap<>();
    private final Map<String, String[]> credentials = new HashMap<>();
    /** Tenant A's private marker strings (with what each marks), and those the public register shows (agency names). */
    private final Map<String, String> markers = new LinkedHashMap<>();
    private final Set<String> publicMarkers = new LinkedHashSet<>();
    private final Map<String, Supplier<Map<String, Object>>> fixtures = new HashMap<>();
    private final Map<String, Map<String, Object>> shared = new HashMap<>();
    private final Map<String, Deque<Long>> hitPools = new HashMap<>();
    private final long supplierOrganisationA;
    private final long employerA;
    private Long invitable;
    private final String run = lettersOnly(Integer.toHexString(SERIAL.incrementAndGet() * 7919 + (int) (System.nanoTime() & 0xfff)));

    /** A run id of letters only: one of six digits reads as a document number, which the identity checks rightly refuse. */
    private static String lettersOnly(String hex) {
        StringBuilder letters = new StringBuilder();
        for (char c : hex.toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return letters.toString();
    }

    SecurityWorld(Api api, JsonMapper json) {
        this.api = api;
        this.json = json;
        this.feeds = new FeedFixture(api);
        this.admin = api.login("admin");
        AdminFixture platform = new AdminFixture(api, admin);
        supplierOrganisationA = platform.organisationNamed("Supplier A (demo)");
        employerA = platform.organisationNamed("Employer A (demo)");

        callers.put("anonymous", Caller.anonymous());
        add(Role.ADMIN, 'A', "admin", "demo-admin");
        add(Role.ADMIN, 'B', userOfTenantB(platform, "admin", "PLATFORM", Role.ADMIN), PASSWORD);
        add(Role.LICENSING_OFFICER, 'A', "licensing", "demo-licensing");
        add(Role.LICENSING_OFFICER, 'B', userOfTenantB(platform, "licensing", "LICENSING_AUTHORITY", Role.LICENSING_OFFICER), PASSWORD);
        add(Role.INSPECTOR, 'A', "inspector", "demo-inspector");
        add(Role.INSPECTOR, 'B', userOfTenantB(platform, "inspector", "INSPECTORATE", Role.INSPECTOR), PASSWORD);
        add(Role.AUDITOR, 'A', "auditor.a", "demo-auditor.a");
        add(Role.AUDITOR, 'B', "auditor.b", "demo-auditor.b");
        add(Role.SUPPLIER, 'A', "supplier.a", "demo-supplier.a");
        add(Role.SUPPLIER, 'B', userOfTenantB(platform, "supplier", "SUPPLIER", Role.SUPPLIER), PASSWORD);

        fixtures.put("agency", this::agency);
        fixtures.put("licence", this::licence);
        // an agency the public register shows: one with a granted licence
        fixtures.put("licensedAgency", () -> Map.of("id", shared("licence").get("agencyId")));
        fixtures.put("pendingLicence", this::pendingLicence);
        fixtures.put("complaint", this::complaint);
        fixtures.put("publicComplaint", this::publicComplaint);
        fixtures.put("recruiter", this::recruiter);
        fixtures.put("supplier", this::supplier);
        fixtures.put("linkable", this::linkable);
        fixtures.put("linkRequest", this::linkRequest);
        fixtures.put("agencyUse", this::agencyUse);
        fixtures.put("user", this::user);
        fixtures.put("inspection", this::inspection);
        fixtures.put("assistanceService", this::assistanceService);
        // the entry referrals name: its own, so that no case that ends or corrects an entry touches it
        fixtures.put("referralService", this::assistanceService);
        fixtures.put("completedInspection", this::completedInspection);
        fixtures.put("finding", this::finding);
        fixtures.put("correctiveAction", this::correctiveAction);
        fixtures.put("doneCorrectiveAction", this::doneCorrectiveAction);
        fixtures.put("declarationRequest", this::declarationRequest);
        fixtures.put("importJob", this::importJob);
        fixtures.put("supplierHit", () -> Map.of("id", nextHit("SUPPLIER")));
        fixtures.put("agencyHit", () -> Map.of("id", nextHit("AGENCY")));
        fixtures.put("employerOrganisation", () -> Map.of("id", employerA));
        fixtures.put("questionnaire", () -> Map.of("version", 1));
    }

    /** A user who signs in with this name and password: to the API for the token, to the console by {@link #password}. */
    private void add(Role role, char tenant, String username, String password) {
        String token = "admin".equals(username) ? admin : api.login(username, password);
        callers.put(role + "@" + tenant, new Caller(role, tenant, token));
        credentials.put(role + "@" + tenant, new String[] {username, password});
    }

    /** A new user of tenant B's own organisation of that kind; returns the username. */
    private String userOfTenantB(AdminFixture platform, String name, String kind, Role role) {
        long organisation = platform.organisation("Tenant B " + name + " " + run, kind, "DE");
        String username = name + ".b." + run;
        platform.user(username, PASSWORD, role.name(), organisation);
        return username;
    }

    /** The username and password a signed-in caller signs in with (through the console's form, for the pages). */
    String[] credentials(Caller caller) {
        return credentials.get(caller.label());
    }

    /** Anonymous first, then each role in tenant A and in tenant B. */
    List<Caller> callers() {
        return List.copyOf(callers.values());
    }

    Caller caller(Role role, char tenant) {
        return callers.get(role + "@" + tenant);
    }

    boolean knows(String fixture) {
        return fixtures.containsKey(fixture);
    }

    /** Makes the shared fixtures now, so that nothing they start (an import, a rescreening) runs during the cases. */
    void prepare(Iterable<String> names) {
        names.forEach(this::shared);
    }

    /** The fixture every refused request points at; made on first use. */
    Map<String, Object> shared(String fixture) {
        Map<String, Object> values = shared.get(fixture);
        if (values == null) {
            values = fresh(fixture);
            shared.put(fixture, values);
        }
        return values;
    }

    /** A fixture of its own, for a request expected to change it. */
    Map<String, Object> fresh(String fixture) {
        Supplier<Map<String, Object>> factory = fixtures.get(fixture);
        if (factory == null) {
            throw new IllegalArgumentException("no fixture named '" + fixture + "'; known: " + fixtures.keySet());
        }
        return factory.get();
    }

    /**
     * Tenant A's private markers a refused or tenant-scoped answer must not show: all of them but those of the kinds
     * the answer may show ({@code mayShow}, e.g. "supplier" to an inspector, who reads every supplier) and, in a public
     * answer, those the public register shows.
     */
    Set<String> markers(boolean publicAnswer, Collection<String> mayShow) {
        Set<String> shown = new LinkedHashSet<>();
        markers.forEach((marker, kind) -> {
            if (!mayShow.contains(kind) && !(publicAnswer && publicMarkers.contains(marker))) {
                shown.add(marker);
            }
        });
        return shown;
    }

    String unique() {
        return run + "-" + SERIAL.incrementAndGet();
    }

    /** The example answers shipped beside the questionnaire schema: a valid declaration. */
    Object questionnaireExample() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("json/questionnaire/v1.example.json")) {
            return json.readValue(in.readAllBytes(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String marker(String what) {
        String marker = "PRIVATE-A-" + what + "-" + unique();
        markers.put(marker, what);
        return marker;
    }

    private String token(Role role) {
        return caller(role, 'A').token();
    }

    // --- fixtures of tenant A ---------------------------------------------------------------------------------

    private Map<String, Object> agency() {
        String name = "Agency " + marker("agency");
        publicMarkers.add(name.substring("Agency ".length()));
        Api.Response r = expect(201, api.post("/api/agencies", token(Role.LICENSING_OFFICER), Map.of("legalName", name,
                "registrationNumber", "REG-" + unique(), "country", "FR", "address", "Rue " + marker("agency-address"),
                "contactEmail", "desk@example.org", "sectors", List.of("0111"),
                "corridors", List.of(Map.of("origin", "NP", "destination", "FR")))));
        return Map.of("id", r.number("id"));
    }

    private String fileLicence(long agency) {
        Api.Response r = expect(201, api.post("/api/agencies/" + agency + "/licences", token(Role.LICENSING_OFFICER),
                Map.of("scope", "Placement of farm workers " + marker("licence-scope"),
                        "validFrom", LocalDate.now().minusMonths(1).toString(),
                        "validUntil", LocalDate.now().plusYears(2).toString(),
                        "conditions", "No fees " + marker("licence-conditions"))));
        return r.text("number");
    }

    private Map<String, Object> licence() {
        long agency = (Long) agency().get("id");
        String number = fileLicence(agency);
        expect(200, api.post("/api/licences/" + number + "/approve", token(Role.LICENSING_OFFICER), Map.of("reason", "checked")));
        return Map.of("number", number, "agencyId", agency);
    }

    private Map<String, Object> pendingLicence() {
        return Map.of("number", fileLicence((Long) shared("agency").get("id")));
    }

    private Map<String, Object> complaint() {
        long agency = (Long) shared("agency").get("id");
        Api.Response r = expect(201, api.post("/api/complaints", token(Role.LICENSING_OFFICER), Map.of("agencyId", agency,
                "category", "WAGE_THEFT", "description", "Wages withheld " + marker("complaint"),
                "contact", marker("complaint-contact"))));
        return Map.of("id", r.number("id"), "agencyId", agency);
    }

    private Map<String, Object> publicComplaint() {
        Api.Response r = expect(201, api.post("/api/public/complaints", null, Map.of(
                "licenceNumber", shared("licence").get("number"), "category", "RECRUITMENT_FEES",
                "description", "Charged a fee " + marker("public-complaint"), "contact", marker("public-complaint-contact"))));
        return Map.of("trackingCode", r.text("trackingCode"));
    }

    /** Two unlicensed recruiters named by public complaints (no markers: every authority's officers read them), and A's agency. */
    private Map<String, Object> recruiter() {
        return Map.of("id", nameRecruiter(), "intoId", nameRecruiter(), "agencyId", shared("agency").get("id"));
    }

    private long nameRecruiter() {
        String name = "Recruiter " + unique();
        expect(201, api.post("/api/public/complaints", null, Map.of("agencyName", name, "agencyCountry", "BD",
                "category", "DECEPTION", "description", "Promised a job that did not exist")));
        Api.Response r = expect(200, api.get("/api/recruiters?q=" + name.replace(" ", "%20"), token(Role.LICENSING_OFFICER)));
        return r.body().get("items").get(0).get("id").getLongValue();
    }

    private Map<String, Object> supplier() {
        Api.Response r = expect(201, api.post("/api/suppliers", token(Role.AUDITOR), Map.of(
                "name", "Supplier " + marker("supplier"), "country", "RO", "registrationNumber", "J" + unique(),
                "sectors", List.of("1410"), "goods", List.of("garments"), "allowDuplicate", true)));
        long id = r.body().get("supplier").get("id").getLongValue();
        Onboarding.join(api, admin, id, supplierOrganisationA);
        Api.Response site = expect(201, api.post("/api/suppliers/" + id + "/sites", token(Role.AUDITOR), Map.of(
                "name", "Site " + marker("site"), "country", "RO", "sector", "1410", "workers", 60)));
        return Map.of("id", id, "siteId", site.number("id"));
    }

    /**
     * A supplier on tenant B's buyer's list that answers through tenant A's supplier organisation: the admin invited one
     * of its people into that organisation, and they redeemed the code.
     */
    private Map<String, Object> linkable() {
        String name = "Linkable " + unique();
        Api.Response r = expect(201, api.post("/api/suppliers", caller(Role.AUDITOR, 'B').token(), Map.of("name", name,
                "country", "RO", "sectors", List.of("1410"), "allowDuplicate", true)));
        Onboarding.join(api, admin, r.body().get("supplier").get("id").getLongValue(), supplierOrganisationA);
        return Map.of("name", name);
    }

    /** A supplier of tenant A's buyer with an agency use to end. */
    private Map<String, Object> agencyUse() {
        Map<String, Object> supplier = supplier();
        Api.Response r = expect(201, api.post("/api/suppliers/" + supplier.get("id") + "/agency-uses", token(Role.AUDITOR),
                Map.of("agencyName", "Recruiter " + marker("agency-use"), "agencyCountry", "MD", "workforceShare", 10,
                        "lastPlacementDate", LocalDate.now().minusDays(10).toString())));
        return Map.of("id", supplier.get("id"), "useId", r.number("id"));
    }

    /** A user of tenant A's employer, for the admin to disable, enable or reset. */
    private Map<String, Object> user() {
        return Map.of("id", new AdminFixture(api, admin).user("suite.user." + unique(), PASSWORD, "AUDITOR", employerA));
    }

    /**
     * A new invitation's code for each body that names one; all are for one supplier of tenant A's buyer whose name
     * marks nothing (the anonymous redeemer is told it).
     */
    Object invitationCode() {
        if (invitable == null) {
            invitable = expect(201, api.post("/api/suppliers", token(Role.AUDITOR), Map.of("name", "Invitable " + unique(),
                    "country", "RO", "allowDuplicate", true))).body().get("supplier").get("id").getLongValue();
        }
        return expect(201, api.post("/api/suppliers/" + invitable + "/invitations", token(Role.AUDITOR),
                Map.of("invitee", "HR manager"))).text("code");
    }

    /** A new password-reset code, for a new user, for each body that names one. */
    Object passwordResetCode() {
        long user = (Long) user().get("id");
        return expect(201, api.post("/api/users/" + user + "/password-reset", admin, Map.of("reason", "forgotten")))
                .text("code");
    }

    /** Tenant A's auditor asks for that supplier; tenant A's supplier organisation decides. */
    private Map<String, Object> linkRequest() {
        Api.Response r = expect(201, api.post("/api/link-requests", token(Role.AUDITOR), Map.of(
                "name", linkable().get("name"), "country", "RO", "message", "Please share " + marker("link-message"))));
        return Map.of("id", r.number("id"));
    }

    private Map<String, Object> plan(long site, String type) {
        Map<String, Object> bands = Map.of("under18", 1, "from18to24", 4, "from25", 10);
        Api.Response r = expect(201, api.post("/api/inspections", token(Role.INSPECTOR), Map.of("siteId", site,
                "visitDate", LocalDate.now().toString(), "type", type, "announced", false,
                "workersPresent", Map.of("women", bands, "men", bands))));
        return Map.of("id", r.body().get("inspection").get("id").getLongValue(), "siteId", site);
    }

    private Map<String, Object> inspection() {
        Map<String, Object> inspection = new HashMap<>(plan((Long) shared("supplier").get("siteId"), "ROUTINE"));
        inspection.put("assistanceServiceId", shared("referralService").get("id"));
        return inspection;
    }

    /** An entry of tenant A's inspectorate's directory of assistance services. */
    private Map<String, Object> assistanceService() {
        Api.Response r = expect(201, api.post("/api/assistance-services", token(Role.INSPECTOR), Map.of("name",
                "Shelter " + marker("assistance-service"), "kind", "SHELTER", "country", "ES")));
        return Map.of("id", r.number("id"));
    }

    private Map<String, Object> completedInspection() {
        Map<String, Object> inspection = inspection();
        expect(200, api.post("/api/inspections/" + inspection.get("id") + "/complete", token(Role.INSPECTOR), Map.of()));
        return inspection;
    }

    private Map<String, Object> finding() {
        Map<String, Object> inspection = inspection();
        Map<String, Object> none = Map.of("under18", 0, "from18to24", 0, "from25", 0);
        Api.Response r = expect(201, api.post("/api/inspections/" + inspection.get("id") + "/findings", token(Role.INSPECTOR),
                Map.of("indicator", "DECEPTION",
                        "description", "Promised wages not paid " + marker("finding"), "evidenceSource", "WORKER_INTERVIEW",
                        "workersAffected", Map.of("women", Map.of("under18", 0, "from18to24", 2, "from25", 1), "men", none))));
        return Map.of("id", r.number("id"), "inspectionId", inspection.get("id"));
    }

    private Map<String, Object> correctiveAction() {
        Map<String, Object> finding = finding();
        Api.Response r = expect(201, api.post("/api/findings/" + finding.get("id") + "/corrective-actions", token(Role.INSPECTOR),
                Map.of("description", "Pay the wages owed " + marker("corrective-action"),
                        "dueDate", LocalDate.now().plusDays(30).toString())));
        return Map.of("id", r.number("id"));
    }

    private Map<String, Object> doneCorrectiveAction() {
        long action = (Long) correctiveAction().get("id");
        expect(200, api.post("/api/corrective-actions/" + action + "/done", token(Role.SUPPLIER),
                Map.of("evidence", "Payslips " + marker("evidence"))));
        Map<String, Object> followUp = plan((Long) shared("supplier").get("siteId"), "FOLLOW_UP");
        return Map.of("id", action, "followUpId", followUp.get("id"));
    }

    private Map<String, Object> declarationRequest() {
        Api.Response r = expect(201, api.post("/api/suppliers/" + shared("supplier").get("id") + "/declaration-requests",
                token(Role.AUDITOR), Map.of("dueDate", LocalDate.now().plusDays(30).toString())));
        return Map.of("id", r.number("id"));
    }

    private Map<String, Object> importJob() {
        String agency = marker("imported-agency");
        publicMarkers.add(agency);
        String row = "CC-SUITE-" + unique() + ",Imported " + agency + ",IMP-" + unique()
                + ",FR,ACTIVE,2026-01-01,2029-12-31,Seasonal work,,0111\n";
        Api.Response job = feeds.importFile("agency-register", token(Role.LICENSING_OFFICER), "register-" + marker("file") + ".csv",
                "licence_number,agency_name,registration_number,country,status,valid_from,valid_until,scope,address,sectors\n" + row);
        return Map.of("id", job.number("id"));
    }

    /**
     * Screening hits come from an entity list matching names: one upload makes a pool of hits on suppliers and on
     * agencies of tenant A, and each fixture takes the next one.
     */
    private long nextHit(String subjectType) {
        if (hitPools.isEmpty()) {
            fillHitPools();
        }
        Deque<Long> pool = hitPools.get(subjectType);
        if (pool.isEmpty()) {
            throw new IllegalStateException("the pool of " + subjectType + " screening hits is used up; make it larger");
        }
        return pool.pop();
    }

    private void fillHitPools() {
        List<String> supplierNames = List.of("Quillmoor Harvest Cooperative", "Brackenridge Tannery Works",
                "Velloria Ceramic Tiles", "Ostrava Copperline Foundry", "Sunderbay Prawn Packers",
                "Mirekowa Glassblowing House", "Talvinen Timber Mills", "Korrigan Peat Exporters");
        List<String> agencyNames = List.of("Zanderfell Crew Placement", "Ylvastrand Harvest Staffing",
                "Wrenhaven Domestic Helpers", "Umbertide Kitchen Recruiters", "Saltmarsh Deckhand Agency",
                "Rookwood Orchard Labour Hire");
        Map<String, Long> subjects = new HashMap<>();
        for (String name : supplierNames) {
            Api.Response r = expect(201, api.post("/api/suppliers", token(Role.AUDITOR), Map.of("name", name + " " + run,
                    "country", "VN", "allowDuplicate", true)));
            subjects.put("SUPPLIER:" + r.body().get("supplier").get("id").getLongValue(), 0L);
        }
        for (String name : agencyNames) {
            Api.Response r = expect(201, api.post("/api/agencies", token(Role.LICENSING_OFFICER), Map.of("legalName", name + " " + run,
                    "registrationNumber", "SCR-" + unique(), "country", "VN")));
            subjects.put("AGENCY:" + r.number("id"), 0L);
        }
        StringBuilder list = new StringBuilder("Entity, Country, Country Code, Industry, Status, WRO/Finding, Remarks,"
                + " Press Release, Effective Date\n");
        for (String name : supplierNames) {
            list.append('"').append(name).append(' ').append(run).append("\",Vietnam,VN,Goods,Active,WRO,,,05/02/2024\n");
        }
        for (String name : agencyNames) {
            list.append('"').append(name).append(' ').append(run).append("\",Vietnam,VN,Labour,Active,WRO,,,05/02/2024\n");
        }
        Api.Response job = feeds.importFile("entity-list", admin, "cbp-" + run + ".csv", list.toString());
        if (!"SUCCEEDED".equals(job.text("status"))) {
            throw new AssertionError("the entity list for screening fixtures was not imported: " + job);
        }
        hitPools.put("SUPPLIER", new ArrayDeque<>());
        hitPools.put("AGENCY", new ArrayDeque<>());
        Api.Response hits = expect(200, api.get("/api/screening/hits?status=OPEN&size=200", admin));
        for (JsonNode hit : hits.body().get("items").values()) {
            String type = hit.get("subject").get("type").getStringValue();
            String key = type + ":" + hit.get("subject").get("id").getLongValue();
            if (subjects.containsKey(key)) {
                hitPools.get(type).add(hit.get("id").getLongValue());
            }
        }
        if (hitPools.get("SUPPLIER").size() < 4 || hitPools.get("AGENCY").size() < 2) {
            throw new AssertionError("too few screening hits for the fixtures: " + hitPools + " from " + hits);
        }
    }

    private static Api.Response expect(int status, Api.Response r) {
        if (r.status() != status) {
            throw new AssertionError("fixture not made: expected " + status + " but got " + r);
        }
        return r;
    }
}
