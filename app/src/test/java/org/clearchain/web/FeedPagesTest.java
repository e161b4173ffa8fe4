package org.clearchain.web;

import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.Console;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Register feeds over plain HTTP: uploads with and without their token, the job's page, its rows, tenancy and roles. */
class FeedPagesTest extends ApiTest {

    static final String HEADER = "licence_number,agency_name,registration_number,country,status,valid_from,valid_until,"
            + "scope,address,sectors\n";
    private static final Pattern UPLOAD_ACTION = Pattern.compile("action=\"(/officer/feeds/agency-register/uploads\\?_csrf=[^\"]+)\"");

    private Console officer;
    private Console otherOfficer;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("clearchain.feeds.max-file-size", "5242880");
    }

    @BeforeAll
    void officers() {
        officer = console();
        officer.signIn("licensing", "demo-licensing");
        AdminFixture accounts = new AdminFixture(api, api.login("admin"));
        long other = accounts.organisation("Feed Pages Test Authority", "LICENSING_AUTHORITY", "DE");
        accounts.user("officer.feedpages", "officer-feedpages-pass", "LICENSING_OFFICER", other);
        otherOfficer = console();
        otherOfficer.signIn("officer.feedpages", "officer-feedpages-pass");
    }

    private Console console() {
        return new Console(URI.create(server.getURL().toString() + "/"));
    }

    /** A register whose third line names a country that does not exist. */
    static String registerWithABadRow(String prefix) {
        return HEADER
                + prefix + "-0001,Agence Générale " + prefix + "," + prefix + "-R1,FR,ACTIVE,2026-01-01,2029-12-31,,,\n"
                + prefix + "-0002,Nowhere Agency " + prefix + "," + prefix + "-R2,XX,ACTIVE,2026-01-01,2029-12-31,,,\n"
                + prefix + "-0003,Agentia " + prefix + "," + prefix + "-R3,RO,ACTIVE,2026-01-01,2029-12-31,,,\n";
    }

    private static String uploadAction(Console.Page feeds) {
        Matcher m = UPLOAD_ACTION.matcher(feeds.html());
        assertTrue(m.find(), "the agency register's upload form:\n" + feeds.html());
        return m.group(1).replace("&amp;", "&");
    }

    private long upload(Console who, String fileName, String content) {
        Console.Page sent = who.upload(uploadAction(who.get("/officer/feeds")), "file", fileName,
                content.getBytes(StandardCharsets.UTF_8));
        assertEquals(303, sent.status(), sent::html);
        String location = sent.location().orElseThrow();
        assertTrue(location.startsWith("/officer/jobs/"), location);
        return Long.parseLong(location.substring("/officer/jobs/".length()));
    }

    private Console.Page finished(Console who, long job) {
        return await("job " + job + " to end").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> who.get("/officer/jobs/" + job), page -> !page.html().contains("hx-trigger"));
    }

    @Test
    void anUploadWithItsTokenImportsAndTheJobsPageShowsTheRejectedRowsLine() {
        Console.Page feeds = officer.get("/officer/feeds");
        assertEquals(200, feeds.status());
        assertTrue(feeds.html().contains("Agency register") && feeds.html().contains("enctype=\"multipart/form-data\""));
        assertFalse(feeds.html().contains("Facility list"), "an officer sends no facility list");
        assertTrue(feeds.html().contains("href=\"/officer/feeds\""), "the menu links the page");

        long job = upload(officer, "register-pages.csv", registerWithABadRow("PGS"));
        Console.Page page = finished(officer, job);

        assertEquals(200, page.status());
        assertTrue(page.html().contains("Imported"), page::html);
        assertTrue(page.html().matches("(?s).*<dd class=\"govuk-summary-list__value\" id=\"job-read\">3</dd>.*"), page::html);
        assertTrue(page.html().matches("(?s).*id=\"job-rejected\">1</dd>.*"), page::html);
        assertTrue(page.html().matches("(?s).*<td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>.*"),
                "the bad row's line number:\n" + page.html());
        assertTrue(page.html().contains("PGS-0002"), "the row as sent");
        assertFalse(page.html().contains("id=\"job-refresh\""), "a finished job is not refreshed");
        assertTrue(page.html().contains("id=\"job-owner\""), "the instance that ran it");
        assertFalse(page.html().contains("id=\"job-heartbeat\""), "a finished job has no sign of life to show");
        assertTrue(officer.get("/officer/feeds").html().contains("href=\"/officer/jobs/" + job + "\""), "a recent import");

        Console.Page fragment = officer.get("/officer/jobs/" + job + "/progress");
        assertEquals(200, fragment.status());
        assertTrue(fragment.html().strip().startsWith("<div id=\"job-progress\""), fragment::html);
        assertFalse(fragment.html().contains("<html"), "only the job's part of the page");
    }

    @Test
    void aJobInProgressIsPolledAndCanBeRefreshedByHand() {
        long job = upload(officer, "register-poll.csv", registerWithABadRow("POL"));
        finished(officer, job);
        // then made to look queued again, as the page sees a job not yet started
        // (with a fresh heartbeat, or the sweeper would soon take it as stopped)
        execute("UPDATE import_job SET status = 'QUEUED', finished_at = NULL, heartbeat_at = UTC_TIMESTAMP(6) WHERE id = " + job);

        Console.Page page = officer.get("/officer/jobs/" + job);
        assertTrue(page.html().contains("hx-get=\"/officer/jobs/" + job + "/progress\"")
                && page.html().contains("hx-trigger=\"every 1s\""), page::html);
        assertTrue(page.html().contains("id=\"job-refresh\"") && page.html().contains("Waiting"), page::html);
        assertTrue(page.html().contains("id=\"job-heartbeat\"") && page.html().contains("Last sign of life"), page::html);
        execute("UPDATE import_job SET status = 'SUCCEEDED' WHERE id = " + job);
        assertFalse(officer.get("/officer/jobs/" + job + "/progress").html().contains("hx-trigger"),
                "polling stops once the job is over");
    }

    @Test
    void anUploadWithoutItsTokenIsRefused() {
        long jobs = count("SELECT COUNT(*) FROM import_job");
        Console.Page refused = officer.upload("/officer/feeds/agency-register/uploads", "file", "register-forged.csv",
                registerWithABadRow("FRG").getBytes(StandardCharsets.UTF_8));
        assertEquals(403, refused.status(), refused::html);
        Console.Page wrongToken = officer.upload("/officer/feeds/agency-register/uploads?_csrf=forged", "file",
                "register-forged.csv", registerWithABadRow("FRG").getBytes(StandardCharsets.UTF_8));
        assertEquals(403, wrongToken.status(), wrongToken::html);
        assertEquals(jobs, count("SELECT COUNT(*) FROM import_job"), "no job queued");
    }

    @Test
    void aFileOfTheWrongKindTooLargeEmptyOrMissingIsAMessageAtTheField() {
        String action = uploadAction(officer.get("/officer/feeds"));
        long jobs = count("SELECT COUNT(*) FROM import_job");

        Console.Page spreadsheet = officer.upload(action, "file", "register.xlsx", new byte[] {'P', 'K', 3, 4, 0});
        assertEquals(400, spreadsheet.status());
        assertTrue(spreadsheet.html().contains("This feed does not take register.xlsx: send a file ending .csv, .txt, .zip, .gz"),
                spreadsheet::html);
        assertTrue(spreadsheet.html().contains("href=\"#file-agency-register\"") && spreadsheet.html().contains("id=\"file-agency-register-error\""),
                "the summary links the message at the field");

        Console.Page large = officer.upload(action, "file", "register-large.csv", new byte[6_000_000]);
        assertEquals(400, large.status());
        assertTrue(large.html().contains("register-large.csv is 5.73 MB: files may be at most 5 MB"), large::html);

        Console.Page empty = officer.upload(action, "file", "register-empty.csv", new byte[0]);
        assertEquals(400, empty.status());
        assertTrue(empty.html().contains("The file register-empty.csv is empty"), empty::html);

        Console.Page none = officer.upload(action, "file", "", new byte[0]);
        assertEquals(400, none.status());
        assertTrue(none.html().contains("Choose a file to upload"), none::html);

        Console french = console().language("fr");
        french.signIn("licensing", "demo-licensing");
        Console.Page enFrancais = french.upload(uploadAction(french.get("/officer/feeds")), "file", "registre.xlsx", new byte[] {1});
        assertEquals(400, enFrancais.status());
        assertTrue(enFrancais.html().contains("Ce flux ne prend pas registre.xlsx"), enFrancais::html);
        assertEquals(jobs, count("SELECT COUNT(*) FROM import_job"), "nothing was sent to the feed");
    }

    @Test
    void anotherAuthoritysJobIsNotFound() {
        long job = upload(officer, "register-tenancy.csv", registerWithABadRow("TEN"));

        assertEquals(404, otherOfficer.get("/officer/jobs/" + job).status());
        assertEquals(404, otherOfficer.get("/officer/jobs/" + job + "/progress").status());
        assertEquals(404, otherOfficer.submit("/officer/feeds", "/officer/jobs/" + job + "/retry", Map.of()).status());
        assertFalse(otherOfficer.get("/officer/feeds").html().contains("href=\"/officer/jobs/" + job + "\""),
                "not among the other authority's imports");
        assertEquals(404, officer.get("/officer/jobs/999999999").status());
    }

    @Test
    void eachRoleSeesItsOwnFeedsAndTheOthersAreKeptOut() {
        Console anonymous = console();
        Console.Page signIn = anonymous.get("/officer/feeds");
        assertEquals(303, signIn.status());
        assertTrue(signIn.location().orElseThrow().startsWith("/sign-in?next="));

        Console supplier = console();
        supplier.signIn("supplier.a", "demo-supplier.a");
        assertEquals(403, supplier.get("/officer/feeds").status());

        Console auditor = console();
        auditor.signIn("auditor.a", "demo-auditor.a");
        Console.Page feeds = auditor.get("/officer/feeds");
        assertEquals(200, feeds.status());
        assertTrue(feeds.html().contains("Facility list") && !feeds.html().contains("/officer/feeds/agency-register/uploads"),
                feeds::html);
        String auditorsToken = feeds.csrf();
        Console.Page refused = auditor.upload("/officer/feeds/agency-register/uploads?_csrf=" + auditorsToken, "file",
                "register-auditor.csv", registerWithABadRow("AUD").getBytes(StandardCharsets.UTF_8));
        assertEquals(403, refused.status());
    }

    @Test
    void aFailedUploadIsImportedAgainFromItsPage() {
        byte[] latin1 = (HEADER + "RTP-0001,Agence Générale RTP,RTP-1,FR,ACTIVE,2026-01-01,2029-12-31,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Console.Page sent = officer.upload(uploadAction(officer.get("/officer/feeds")), "file", "register-latin1.csv", latin1);
        long job = Long.parseLong(sent.location().orElseThrow().substring("/officer/jobs/".length()));
        Console.Page failed = finished(officer, job);
        assertTrue(failed.html().contains("Failed") && failed.html().contains("id=\"job-reason\""), failed::html);
        assertTrue(failed.html().contains("Import again"), failed::html);

        Console.Page retried = officer.submit("/officer/jobs/" + job, "/officer/jobs/" + job + "/retry", Map.of());
        assertEquals(303, retried.status(), retried::html);
        long again = Long.parseLong(retried.location().orElseThrow().substring("/officer/jobs/".length()));
        assertTrue(again > job);
        finished(officer, again);

        Console.Page notKept = officer.submit("/officer/jobs/" + job, "/officer/jobs/" + job + "/retry", Map.of());
        assertEquals(409, notKept.status(), notKept::html);
        assertTrue(notKept.html().contains("Only a failed import can be imported again")
                || notKept.html().contains("no longer kept"), notKept::html);
        assertEquals(403, officer.post("/officer/jobs/" + again + "/retry", Map.of(), server.getURL().toString()).status(),
                "a retry without its token");
    }

    @Test
    void manyRejectedRowsArePaged() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 60; i++) {
            file.append("PAG-").append(i).append(",Nowhere ").append(i).append(",PAG-R").append(i)
                    .append(",XX,ACTIVE,2026-01-01,2029-12-31,,,\n");
        }
        long job = upload(officer, "register-paged.csv", file.toString());
        Console.Page first = finished(officer, job);
        assertTrue(first.html().contains("Page 1 of 2") && first.html().contains("href=\"/officer/jobs/" + job + "?page=2\""),
                first::html);
        assertTrue(first.html().contains(">51</td>") && !first.html().contains(">52</td>"), "lines 2 to 51 first");

        Console.Page second = officer.get("/officer/jobs/" + job + "?page=2");
        assertTrue(second.html().contains("Page 2 of 2") && second.html().contains(">61</td>")
                && !second.html().contains(">51</td>"), second::html);
    }
}
