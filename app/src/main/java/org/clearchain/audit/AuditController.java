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

    AuditController(AuditRepository repository, AuditChainVerifier verifier) {
        this.repository = repository;
        this.verifier = verifier;
    }

    /** Newest first. */
    @Get
    PageView<AuditEntry> list(@QueryValue @Nullable String entityType, @QueryValue @Nullable String entityId,
                              @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageView.of(repository.search(entityType, entityId, request.size(), request.offset()), request,
                repository.count(entityType, entityId));
    }

    @Get("/verify")
    AuditChainVerifier.Verification verify() {
        return verifier.verify();
    }
}
