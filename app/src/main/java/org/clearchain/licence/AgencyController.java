package org.clearchain.licence;

import org.clearchain.agency.AgencyRepository;
import org.clearchain.agency.Agencies;
import org.clearchain.agency.AgencyCommand;
import org.clearchain.agency.AgencyCorrection;
import org.clearchain.audit.RevisionView;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyAccess;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.clearchain.common.Enums;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The register's agencies: licensing officers keep them; inspectors, auditors and the admin read them. */
@Controller("/api/agencies")
@ExecuteOn(TaskExecutors.BLOCKING)
class AgencyController {

    private final Agencies agencies;
    private final AgencyRepository repository;
    private final LicenceRegister licences;
    private final Clock clock;

    AgencyController(Agencies agencies, AgencyRepository repository, LicenceRegister licences, Clock clock) {
        this.agencies = agencies;
        this.repository = repository;
        this.licences = licences;
        this.clock = clock;
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.LICENSING_OFFICER)
    Agency register(@Body @Valid AgencyCommand command, Authentication user) {
        return agencies.register(Actor.of(user), command);
    }

    @Put("/{id}")
    @Secured(Roles.LICENSING_OFFICER)
    Agency correct(long id, @Body @Valid AgencyCorrection correction, Authentication user) {
        return agencies.correct(Actor.of(user), id, correction);
    }

    @Get("/{id}/history")
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
    List<RevisionView> history(long id, Authentication user) {
        return agencies.history(Actor.of(user), id);
    }

    /** {@code q} finds a part of the name, ignoring case and accents; {@code status} keeps agencies with a licence in it. */
    @Get
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
    PageView<Agency> list(@QueryValue @Nullable String q, @QueryValue @Nullable String country,
                          @QueryValue @Nullable String status, @QueryValue @Nullable Integer page,
                          @QueryValue @Nullable Integer size, Authentication user) {
        PageRequest request = PageRequest.of(page, size);
        Long scope = AgencyAccess.listScope(Actor.of(user));
        String pattern = AgencyRepository.containsPattern(q);
        LicenceStatus licenceStatus = Enums.parseOrNull(LicenceStatus.class, status, "status");
        String statusName = licenceStatus == null ? null : licenceStatus.name();
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase();
        return PageView.of(repository.search(scope, pattern, countryCode, statusName, request.size(), request.offset()),
                request, repository.countMatching(scope, pattern, countryCode, statusName));
    }

    @Get("/{id}")
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
    AgencyDetails show(long id, Authentication user) {
        Agency agency = agencies.readable(Actor.of(user), id);
        return new AgencyDetails(agency, licenceViews(agency));
    }

    @Get("/{id}/licences")
    @Secured({Roles.LICENSING_OFFICER, Roles.ADMIN, Roles.INSPECTOR, Roles.AUDITOR})
    List<LicenceView> licences(long id, Authentication user) {
        return licenceViews(agencies.readable(Actor.of(user), id));
    }

    /** Files a licence application: it starts PENDING with the next free number. */
    @Post("/{id}/licences")
    @Status(HttpStatus.CREATED)
    @Secured(Roles.LICENSING_OFFICER)
    LicenceView apply(long id, @Body @Valid LicenceApplication application, Authentication user) {
        return LicenceView.of(licences.apply(Actor.of(user), id, application), LocalDate.now(clock));
    }

    private List<LicenceView> licenceViews(Agency agency) {
        LocalDate today = LocalDate.now(clock);
        return licences.ofAgency(agency.id()).stream().map(l -> LicenceView.of(l, today)).toList();
    }
}
