package org.clearchain.licence;

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

/**
 * The public register: anyone can look an agency up by name and see its licences' standing. It lists agencies that
 * are or were licensed, with their granted licences; applications not granted are the authority's business.
 */
@Controller("/api/public/agencies")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicAgencyController {

    private final PublicRegister register;

    PublicAgencyController(PublicRegister register) {
        this.register = register;
    }

    /** @param sector an ISIC code: agencies of this sector or of a class within it (01 finds 0111) */
    @Get
    @LimitedPerAddress(Limit.VERIFICATIONS_PER_ADDRESS)
    PageView<PublicAgency> search(@QueryValue @Nullable String q, @QueryValue @Nullable String country,
                                  @QueryValue @Nullable String sector,
                                  @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return register.search(q, country, sector, PageRequest.of(page, size));
    }
}
