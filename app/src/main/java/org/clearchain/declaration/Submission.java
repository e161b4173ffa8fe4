package org.clearchain.declaration;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A supplier's answers to a request, attested by a named person who holds a named role. */
@Serdeable
public record Submission(@Schema(type = "object", description = "The answers, shaped as the questionnaire's JSON Schema"
                                  + " says (GET /api/questionnaires/{version})") @NotNull JsonNode answers,
                         @NotNull @Valid Attestation attestation) {

    @Serdeable
    public record Attestation(@NotBlank @Size(max = 255) String name,
                              @NotBlank @Size(max = 255) String role,
                              @NotNull @PastOrPresent LocalDate date) {
    }
}
