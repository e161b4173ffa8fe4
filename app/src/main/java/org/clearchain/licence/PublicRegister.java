package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.clearchain.agency.Agency;
import org.clearchain.agency.AgencyRepository;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register's public facts: the agencies found by name, country and sector, one agency with its licences and
 * their moves, one licence, or the whole register page by page (for documents).
 */
@Singleton
public class PublicRegister {

    private final PublicLicenceRepository repository;
    private final RegisterPageRepository pages;
    private final AgencyRepository agencies;
    private final PublicLicences licences;
    private final LicenceEventRepository events;
    private final Clock clock;

    PublicRegister(PublicLicenceRepository repository, RegisterPageRepository pages, AgencyRepository agencies,
                   PublicLicences licences, LicenceEventRepository events, Clock clock) {
        this.repository = repository;
        this.pages = pages;
        this.agencies = agencies;
        this.licences = licences;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Agencies that are or were licensed, by name (anywhere in it, case and accents aside), country (ISO code) and
     * sector (ISIC code); any of them may be null.
     */
    public PageView<PublicAgency> search(@Nullable String name, @Nullable String country, @Nullable String sector,
                                         PageRequest request) {
        String pattern = AgencyRepository.containsPattern(name);
        String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase();
        String sectorCode = sector == null || sector.isBlank() ? null : sector.strip().toUpperCase();
        List<Agency> found = agencies.searchPublic(pattern, countryCode, sectorCode, request.size(), request.offset());
        Map<Long, List<PublicLicenceView>> licencesByAgency = licences.byAgency(found.stream().map(Agency::id).toList());
        List<PublicAgency> items = found.stream()
                .map(a -> publicAgency(a, licencesByAgency.getOrDefault(a.id(), List.of())))
                .toList();
        return PageView.of(items, request, agencies.countPublic(pattern, countryCode, sectorCode));
    }

    /** An agency of the public register; empty when there is none with this id or it never held a licence. */
    public Optional<PublicAgency> agency(long id) {
        return agencies.findById(id).flatMap(a -> {
            List<PublicLicenceView> held = licences.byAgency(List.of(id)).getOrDefault(id, List.of());
            return held.isEmpty() ? Optional.empty() : Optional.of(publicAgency(a, held));
        });
    }

    /**
     * A licence's moves, oldest first, as the public may see them (no actor, no reason); empty for a number that is
     * not in the public register (an application never granted included).
     */
    public List<PublicMove> moves(String number) {
        Optional<PublicLicence> licence = repository.findPublic(number);
        if (licence.isEmpty() || licence.get().status() == LicenceStatus.PENDING
                || licence.get().status() == LicenceStatus.REJECTED) {
            return List.of();
        }
        return events.findByLicenceNumberOrderById(number).stream()
                .map(e -> new PublicMove(e.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), e.action(), e.fromStatus(),
                        e.toStatus(), e.validUntil()))
                .toList();
    }

    private static PublicAgency publicAgency(Agency a, List<PublicLicenceView> held) {
        return new PublicAgency(a.id(), a.legalName(), a.registrationNumber(), a.country(), a.sectors(), held);
    }

    public Optional<PublicLicenceView> licence(String number) {
        return repository.findPublic(number).map(l -> PublicLicenceView.of(l, LocalDate.now(clock)));
    }

    /** Licences after {@code afterNumber} ("" for the first page) in number order, status as of today. */
    public List<PublicLicenceView> page(@Nullable String country, String afterNumber, int size) {
        LocalDate today = LocalDate.now(clock);
        return pages.findRegisterPage(country, afterNumber, size).stream().map(l -> PublicLicenceView.of(l, today)).toList();
    }
}
