package org.clearchain.licence;

import org.clearchain.feed.ImportJobReader;
import org.clearchain.feed.ImportJobView;
import org.clearchain.security.Actor;
import org.clearchain.security.Role;
import org.clearchain.testing.AdminFixture;
import org.clearchain.testing.ApiTest;
import org.clearchain.testing.FeedFixture;
import org.clearchain.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The officer's dashboard reads: waiting applications, licences near their end, an agency's moves; and feed runs. */
class LicenceOverviewTest extends ApiTest {

    private LicenceOverview overview;
    private Actor officer;
    private Actor otherOfficer;
    private RegisterFixture register;
    private String officerToken;
    private long endingSoon;

    @BeforeAll
    void anAuthorityOfItsOwn() {
        overview = server.getApplicationContext().getBean(LicenceOverview.class);
        AdminFixture admins = new AdminFixture(api, api.login("admin"));
        long authority = admins.organisation("Overview Authority", "LICENSING_AUTHORITY", "FR");
        long other = admins.organisation("Overview Other Authority", "LICENSING_AUTHORITY", "BE");
        admins.user("overview.officer", "overview-password-1", "LICENSING_OFFICER", authority);
        admins.user("overview.other", "overview-password-2", "LICENSING_OFFICER", other);
        officer = new Actor("overview.officer", Role.LICENSING_OFFICER, authority);
        otherOfficer = new Actor("overview.other", Role.LICENSING_OFFICER, other);
        officerToken = api.login("overview.officer", "overview-password-1");
        register = new RegisterFixture(api, officerToken);

        LocalDate today = LocalDate.now(clock);
        register.pendingLicence(register.agency("Waiting Agency"), today.minusDays(1), today.plusYears(1));
        endingSoon = register.agency("Ending Soon Agency");
        for (int days : new int[] {20, 50, 80, 400}) {
            long agency = days == 20 ? endingSoon : register.agency("Ending in " + days + " days");
            String number = register.pendingLicence(agency, today.minusYears(1), today.plusDays(days));
            assertEquals(200, register.move(number, "approve").status());
        }
    }

    @Test
    void anOfficerCountsTheirOwnAuthoritysApplicationsAndLicencesNearTheirEnd() {
        assertEquals(1, overview.waiting(officer));
        assertEquals(1, overview.expiringWithin(officer, 30));
        assertEquals(2, overview.expiringWithin(officer, 60));
        assertEquals(3, overview.expiringWithin(officer, 90));
    }

    @Test
    void anotherAuthorityOrAnotherRoleCountsNoneOfThem() {
        assertEquals(0, overview.waiting(otherOfficer));
        assertEquals(0, overview.expiringWithin(otherOfficer, 90));
        Actor inspector = new Actor("inspector", Role.INSPECTOR, officer.organisationId());
        assertEquals(0, overview.waiting(inspector));
        assertEquals(0, overview.expiringWithin(inspector, 90));
    }

    @Test
    void anAgencysLicencesAndTheirMovesAreReadInOrder() {
        List<LicenceView> licences = overview.ofAgencies(List.of(endingSoon)).get(endingSoon);
        assertEquals(1, licences.size());
        assertEquals(LicenceStatus.ACTIVE, licences.get(0).status());
        List<LicenceOverview.Move> moves = overview.movesOfAgency(endingSoon);
        assertEquals(List.of(LicenceAction.APPLY, LicenceAction.APPROVE), moves.stream().map(m -> m.event().action()).toList());
        assertTrue(moves.stream().allMatch(m -> m.number().equals(licences.get(0).number())));
        assertEquals(Map.of(), overview.ofAgencies(List.of()));
    }

    @Test
    void theLastFeedRunsAreTheOrganisationsOwn() {
        long job = new FeedFixture(api).importFile("agency-register", officerToken, "overview.csv",
                "licence_number,agency_name,registration_number,country,status,valid_from,valid_until,scope,address,sectors\n"
                        + "CC-OVERVIEW-1,Overview Imported,IMP-OV-1,FR,ACTIVE,2026-01-01,2029-12-31,Seasonal work,,0111\n")
                .number("id");
        ImportJobReader jobs = server.getApplicationContext().getBean(ImportJobReader.class);
        List<ImportJobView> own = jobs.latestOfOrganisation(officer, 5);
        assertEquals(job, own.get(0).id());
        assertTrue(jobs.latestOfOrganisation(otherOfficer, 5).stream().noneMatch(j -> j.id() == job));
    }
}
