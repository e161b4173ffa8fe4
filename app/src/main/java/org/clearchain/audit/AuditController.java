package org.clearchain.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.clearchain.common.PageRequest;
import org.clearchain.common.PageView;
import org.clearchain.security.Roles;

/** The platform operator reads the audit log and checks that its chain is intact. */
@Controller("/api/audit")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final AuditRepository repository;
    private final AuditChainVerifier verifier;
    private final AuditSealer sealer;

    AuditController(AuditRepository repository, AuditChainVerifier verifier, AuditSealer sealer) {
        this.repository = repository;
        this.verifier = verifier;
        this.sealer = sealer;
    }

    /** Newest first (by id); an entry not sealed yet has no seq or hashes. */
    @Get
    PageView<AuditEntry> list(@QueryValue @Nullable String entityType, @QueryValue @Nullable String entityId,
                              @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageView.of(repository.search(entityType, entityId, request.size(), request.offset()), request,
                repository.count(entityType, entityId));
    }

    /** Seals what has committed, then proves the whole chain: every entry written before the call is covered. */
    @Get("/verify")
    AuditChainVerifier.Verification verify() {
        sealer.sealPending();
        return verifier.verify();
    }
}
