package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.MedicineSearch;
import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.domain.Language;
import com.clinicscreen.screening.medicines.MedicineIndex;
import com.clinicscreen.screening.medicines.RecentSearches;
import com.clinicscreen.screening.problems.FieldProblem;
import com.clinicscreen.screening.problems.ProblemKey;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Finds medicines by the name a patient types, for the intake's medicine list. The answer depends only on
 * the query, the language and the data, so it is public and cached for a day, revalidated by the data's
 * checksum. Open to browsers without a token and not rate limited: it reads only the published data, and a
 * patient typing sends one request per pause (see BrowserRateLimitFilter).
 */
@Path("/v1/medicines")
@Tag(name = "Questionnaire")
public class MedicineResource {

    /** What a typed name may hold: anything but control characters (as the contract's pattern says). */
    static final String PRINTABLE = "^[^\\u0000-\\u001F\\u007F-\\u009F]*$";

    private final RecentSearches searches;
    private final String[] etags;

    public MedicineResource(MedicineIndex index, RecentSearches searches) {
        this.searches = searches;
        etags = new String[Language.values().length];
        for (Language language : Language.values()) {
            // Per language: the same query ranks and labels differently in each.
            etags[language.ordinal()] = "\"" + index.checksum().substring(0, 32) + "-" + language.tag() + "\"";
        }
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchMedicines", summary = "Find medicines by name",
            description = "The medicines whose brand, ingredient or common name matches what the patient typed, for "
                    + "the questionnaire's medicine list (item type MEDICINE_LIST): best first, one result per medicine, "
                    + "at most 10. Case and accents do not matter; a name matches when it is the query, starts with it, "
                    + "has a later word that starts with it (\"aspirin\" finds \"baby aspirin\"), or starts with it but "
                    + "for a typing mistake (one for queries of 4 to 6 characters, two from 7). Names in either language "
                    + "are found; the request's language decides which name of a medicine is shown and the language "
                    + "of the class labels. Each result names the medicine's classes this screening asks about (empty "
                    + "when it is of no concern). The same for every caller: `Cache-Control: public, max-age=86400` and "
                    + "an `ETag` that changes with the data (send it back in `If-None-Match` for a 304). Call it "
                    + "after the patient pauses typing (about 250 ms), not on every key.")
    @APIResponse(responseCode = "200", description = "The matching medicines, best first (`Content-Language` names the "
            + "language of the labels).",
            headers = @Header(name = "ETag", description = "Changes whenever the data or labels do.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MedicineSearch.class),
                    examples = {
                            @ExampleObject(name = "brand-prefix", ref = "#/components/examples/medicines-brand-prefix"),
                            @ExampleObject(name = "spanish-name", ref = "#/components/examples/medicines-spanish-name"),
                            @ExampleObject(name = "nothing-found", ref = "#/components/examples/medicines-nothing-found")}))
    @APIResponse(responseCode = "304", description = "Not modified: the `ETag` sent in `If-None-Match` is current.")
    @APIResponse(responseCode = "400", description = "`q` is missing, too short or too long, or `lang` is not supported.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                            @ExampleObject(name = "query-too-short", ref = "#/components/examples/problem-query-too-short"),
                            @ExampleObject(name = "unsupported-language", ref = "#/components/examples/problem-invalid-parameter")}))
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @APIResponse(responseCode = "500", ref = "#/components/responses/InternalError")
    public RestResponse<MedicineSearch> search(
            @Parameter(description = "What the patient typed: 2 to 60 characters.", example = "eliq",
                    schema = @Schema(type = SchemaType.STRING, minLength = MedicineIndex.MIN_QUERY,
                            maxLength = MedicineIndex.MAX_QUERY, pattern = PRINTABLE)) @QueryParam("q") String q,
            @Parameter(description = "Language of the names shown first and of the labels: `en` or `es`. Takes "
                    + "precedence over `Accept-Language`.", example = "es",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "es"})) @QueryParam("lang") String lang,
            @Parameter(description = "Preferred languages (RFC 9110); at most the HTTP layer's 16 KB of headers.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 16384, pattern = LanguageSelector.ACCEPT_LANGUAGE_SYNTAX))
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Parameter(description = "The `ETag` of a response already held.", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 16384, pattern = "^[ -~]*$")) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        var language = LanguageSelector.select(lang, acceptLanguage);
        if (q == null || outsideLength(q.strip()) || hasControlCharacter(q)) {
            throw new InvalidParameterException(List.of(FieldProblem.of("q", ProblemKey.PARAMETER_SEARCH_TEXT,
                    MedicineIndex.MIN_QUERY, MedicineIndex.MAX_QUERY)));
        }
        String etag = etags[language.ordinal()];
        RestResponse.ResponseBuilder<MedicineSearch> response = matches(ifNoneMatch, etag)
                ? RestResponse.ResponseBuilder.notModified()
                : RestResponse.ResponseBuilder.ok(searches.search(q, language));
        return response.header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400")
                .header(HttpHeaders.ETAG, etag)
                .build();
    }

    /** A typed name holds no control characters: refusing them keeps the contract's pattern true. */
    private static boolean hasControlCharacter(String query) {
        return query.chars().anyMatch(Character::isISOControl);
    }

    private static boolean outsideLength(String query) {
        int length = query.codePointCount(0, query.length());
        return length < MedicineIndex.MIN_QUERY || length > MedicineIndex.MAX_QUERY;
    }

    /** Whether If-None-Match names this response (RFC 9110: weak comparison, a list, or "*"). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String each : ifNoneMatch.split(",")) {
            String tag = each.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
