package org.clearchain.licence;

import org.clearchain.agency.AgencyRepository;
import org.clearchain.agency.Agency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.security.Limit;
import org.clearchain.security.LimitedPerAddress;

import java.util.List;
import java.util.Map;

/**
 * The public register: anyone can look an agency up by name and see its licences' standing. It lists agencies that
 * are or were licensed, with their granted licences; applications not granted are the authority's business.
 */
@Controller("/api/public/agencies")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicAgencyController {

    private final AgencyRepository agencies;
    private final PublicLicences licences;

    PublicAgencyController(AgencyRepository agencies, PublicLicences licences) {
        this.agencies = agencies;
        this.licences = licences;
    }

    @Get
    @LimitedPerAddress(Limit.VERIFICATIONS_PER_ADDRESS)
    PageView<PublicAgency> search(@QueryValue @Nullable String q, @QueryValue @Nullable String country,
                                  @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        PageRequest request = PageRequest.of(page, size);
        String pattern = AgencyRepository.containsPattern(q);
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase();
        List<Agency> found = agencies.searchPublic(pattern, countryCode, request.size(), request.offset());
        Map<Long, List<PublicLicenceView>> licencesByAgency = licences.byAgency(found.stream().map(Agency::id).toList());
        List<PublicAgency> items = found.stream()
                .map(a -> new PublicAgency(a.id(), a.legalName(), a.registrationNumber(), a.country(), a.sectors(),
                        licencesByAgency.getOrDefault(a.id(), List.of())))
                .toList();
        return PageView.of(items, request, agencies.countPublic(pattern, countryCode));
    }
}
