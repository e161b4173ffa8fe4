package org.clearchain.inspection;

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
import org.clearchain.common.Flags;
import org.clearchain.security.Actor;
import org.clearchain.security.Roles;

import java.util.List;

/** The inspectorate's directory of assistance services, which referrals choose their service from. */
@Controller("/api/assistance-services")
@ExecuteOn(TaskExecutors.BLOCKING)
class AssistanceDirectoryController {

    private final AssistanceDirectory directory;

    AssistanceDirectoryController(AssistanceDirectory directory) {
        this.directory = directory;
    }

    /** Active entries; {@code includeEnded=true} adds the ended ones, {@code kind} keeps one kind of assistance. */
    @Get
    @Secured({Roles.INSPECTOR, Roles.ADMIN})
    List<AssistanceServiceEntry> list(@QueryValue @Nullable String includeEnded, @QueryValue @Nullable String kind,
                                      Authentication user) {
        return directory.list(Actor.of(user), Boolean.TRUE.equals(Flags.parseOrNull(includeEnded, "includeEnded")),
                Enums.parseOrNull(AssistanceService.class, kind, "kind"));
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.INSPECTOR)
    AssistanceServiceEntry add(@Body @Valid AssistanceServiceCommand command, Authentication user) {
        return directory.add(Actor.of(user), command);
    }

    @Get("/{id}")
    @Secured({Roles.INSPECTOR, Roles.ADMIN})
    AssistanceServiceEntry show(long id, Authentication user) {
        return directory.readable(Actor.of(user), id);
    }

    /** A correction, with its {@code reason}; referrals that named the entry show it as corrected. */
    @Put("/{id}")
    @Secured(Roles.INSPECTOR)
    AssistanceServiceEntry correct(long id, @Body @Valid AssistanceServiceCommand command, Authentication user) {
        return directory.correct(Actor.of(user), id, command);
    }

    /** From {@code endedOn} (default today) the entry can no longer be chosen; referrals that named it keep it. */
    @Post("/{id}/end")
    @Secured(Roles.INSPECTOR)
    AssistanceServiceEntry end(long id, @Body @Valid EndAssistanceService command, Authentication user) {
        return directory.end(Actor.of(user), id, command);
    }
}
