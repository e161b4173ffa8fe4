package org.clearchain.licence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The register's public facts for documents: one licence, or the whole register page by page. */
@Singleton
public class PublicRegister {

    private final PublicLicenceRepository repository;
    private final RegisterPageRepository pages;
    private final Clock clock;

    PublicRegister(PublicLicenceRepository repository, RegisterPageRepository pages, Clock clock) {
        this.repository = repository;
        this.pages = pages;
        this.clock = clock;
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
