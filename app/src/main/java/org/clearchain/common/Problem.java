package org.clearchain.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document: every error the API returns has this shape.
 *
 * @param errors             the fields at fault, for validation problems
 * @param allowedTransitions what may be done instead, for illegal state changes
 * @param existing           records that already exist and may be meant instead, for duplicates
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type,
                      String title,
                      int status,
                      String detail,
                      String instance,
                      List<FieldError> errors,
                      List<String> allowedTransitions,
                      List<Related> existing) {

    @Serdeable
    public record FieldError(String field, String message) { }

    /** Another resource a problem points to, with the address to fetch or use it. */
    @Serdeable
    public record Related(String type, long id, String label, String href) { }
}
