package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query parameter of the API is strict: given at most once, never empty, spelled exactly as
 * documented (lowercase); anything else is a 400 problem naming the parameter instead of a silent
 * default. A request body in another charset than UTF-8 is refused with 415 rather than misread.
 */
public class StrictRequestFilter {

    /** The documented values of each query parameter; an empty set means any non-empty value. */
    private static final Map<String, Set<String>> VALUES = Map.of(
            "lang", Set.of("en", "es"),
            "explain", Set.of("true", "false"),
            "alternatives", Set.of("auto", "always", "none"),
            "view", Set.of("full", "patient"),
            "plannedTreatmentDate", Set.of(),
            "q", Set.of());

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        List<FieldProblem> errors = new ArrayList<>();
        VALUES.forEach((name, allowed) -> {
            List<String> values = query.get(name);
            if (values == null) {
                return;
            }
            if (values.size() > 1) {
                errors.add(FieldProblem.of(name, ProblemKey.PARAMETER_ONCE));
            } else if (values.get(0) == null || values.get(0).isEmpty()) {
                errors.add(FieldProblem.of(name, ProblemKey.PARAMETER_NOT_EMPTY));
            } else if (!allowed.isEmpty() && !allowed.contains(values.get(0))) {
                errors.add(FieldProblem.of(name, ProblemKey.PARAMETER_ONE_OF, allowed.stream().sorted().toList()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            MediaType type;
            try {
                type = MediaType.valueOf(contentType);
            } catch (IllegalArgumentException e) {
                throw new NotSupportedException("unreadable Content-Type");
            }
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                throw new NotSupportedException("only UTF-8 bodies are read");
            }
        }
    }
}
