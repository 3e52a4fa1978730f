package com.clinicscreen.screening.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail; {@code errors} lists each offending field for invalid input. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An RFC 9457 problem detail (application/problem+json).")
public record Problem(
        @Schema(description = "URI identifying the kind of problem; stable, so callers can act on it.") String type,
        @Schema(description = "Short summary of the kind of problem, in the requested language.") String title,
        @Schema(description = "The HTTP status code.") int status,
        @Schema(description = "What went wrong in this request, in the requested language.") String detail,
        @Schema(description = "The request path.") String instance,
        @Schema(description = "For invalid input: every offending field.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
