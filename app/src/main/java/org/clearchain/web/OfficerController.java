package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import org.clearchain.agency.Agencies;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyAccess;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.common.PageRequest;
import org.clearchain.complaint.ComplaintRepository;
import org.clearchain.complaint.ComplaintStatus;
import org.clearchain.feed.ImportJobReader;
import org.clearchain.licence.LicenceOverview;
import org.clearchain.report.LicenceCertificates;
import org.clearchain.risk.AgencyRisk;
import org.clearchain.scoring.AgencyRiskAssessment;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The licensing officer's part of the console: a dashboard of their authority's register, its agencies page by page,
 * and one agency with its licences, moves, complaints and risk. Tenancy is the API's: another authority's agency
 * answers 404.
 */
@Controller("/officer")
@Secured(Roles.LICENSING_OFFICER)
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
class OfficerController {

    static final int PAGE_SIZE = 20;
    private static final int[] EXPIRY_WINDOWS = {30, 60, 90};

    private final Pages pages;
    private final Agencies agencies;
    private final AgencyRepository agencyRepository;
    private final LicenceOverview licences;
    private final ComplaintRepository complaints;
    private final ImportJobReader jobs;
    private final AgencyRisk risk;
    private final LicenceCertificates certificates;

    OfficerController(Pages pages, Agencies agencies, AgencyRepository agencyRepository, LicenceOverview licences,
                      ComplaintRepository complaints, ImportJobReader jobs, AgencyRisk risk,
                      LicenceCertificates certificates) {
        this.pages = pages;
        this.agencies = agencies;
        this.agencyRepository = agencyRepository;
        this.licences = licences;
        this.complaints = complaints;
        this.jobs = jobs;
        this.risk = risk;
        this.certificates = certificates;
    }

    @Get
    @View("officer-dashboard")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> dashboard(HttpRequest<?> request, Authentication user) {
        Actor officer = Actor.of(user);
        long authority = officer.organisationId();
        var expiring = Arrays.stream(EXPIRY_WINDOWS)
                .mapToObj(days -> new OfficerModels.Expiring(days, licences.expiringWithin(officer, days))).toList();
        var byStatus = Arrays.stream(ComplaintStatus.values())
                .map(s -> new OfficerModels.StatusCount(s, complaints.countMatching(authority, null, s.name()))).toList();
        var dashboard = new OfficerModels.Dashboard(licences.waiting(officer), expiring, byStatus,
                jobs.latestOfOrganisation(officer, 5));
        return Map.of("page", pages.of(request, "officer.dashboard.title"), "dashboard", dashboard);
    }

    /** {@code q} finds a part of the name, case and accents aside, as the API's list does. */
    @Get("/agencies")
    @View("officer-agencies")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> agencies(@QueryValue @Nullable String q, @QueryValue @Nullable Integer page,
                                 HttpRequest<?> request, Authentication user) {
        PageRequest paging = PageRequest.of(page, PAGE_SIZE);
        Long scope = AgencyAccess.listScope(Actor.of(user));
        String pattern = AgencyRepository.containsPattern(q);
        List<Agency> found = agencyRepository.search(scope, pattern, null, null, paging.size(), paging.offset());
        long total = agencyRepository.countMatching(scope, pattern, null, null);
        var licencesOf = licences.ofAgencies(found.stream().map(Agency::id).toList());
        var rows = found.stream().map(a -> new OfficerModels.AgencyRow(a, licencesOf.getOrDefault(a.id(), List.of())))
                .toList();
        String query = q == null ? "" : q.strip();
        int totalPages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        var pagingModel = new OfficerModels.Paging(paging.page(), totalPages, total, "/officer/agencies",
                OfficerModels.Paging.param("q", query));
        return Map.of("page", pages.of(request, "officer.agencies.title"), "rows", rows, "query", query,
                "paging", pagingModel);
    }

    @Get("/agencies/{id}")
    @View("officer-agency")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> agency(long id, HttpRequest<?> request, Authentication user) {
        Actor officer = Actor.of(user);
        Agency agency = agencies.readable(officer, id);
        Page page = pages.of(request, "officer.agency.title", agency.legalName());
        AgencyRiskAssessment assessment = risk.of(officer, id);
        var model = new OfficerModels.AgencyPage(agency, licences.ofAgencies(List.of(id)).getOrDefault(id, List.of()),
                licences.movesOfAgency(id), complaints.search(officer.organisationId(), id, null, 100, 0),
                "fr".equals(page.lang()) ? AgencyRisk.inFrench(assessment) : assessment);
        return Map.of("page", page, "model", model);
    }

    /**
     * The API's certificate ({@code /api/licences/{number}/certificate.pdf}) for a signed-in officer, in the page's
     * language; a refusal is a page (text/html), as any page's.
     */
    @Get("/licences/{number}/certificate.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    HttpResponse<StreamedFile> certificate(String number, HttpRequest<?> request, Authentication user) {
        return certificates.of(Actor.of(user), number, Languages.of(request).getLanguage());
    }
}
