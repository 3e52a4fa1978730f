package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.PolicyView;
import com.clinicscreen.screening.api.Problem;
import com.clinicscreen.screening.service.PolicyViews;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Publishes the policy in force so QA and clinicians can review what the service applies. */
@Path("/v1/policy")
@Tag(name = "Policy")
public class PolicyResource {

    private final PolicyViews views;

    public PolicyResource(PolicyViews views) {
        this.views = views;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPolicy", summary = "Get the policy in force",
            description = "The treatment catalog and every rule the service applies: codes (as in the clinical "
                    + "reference), categories, findings, outcomes, periods (ISO-8601, e.g. `P6M`), instructions, with the "
                    + "policy's id, version and SHA-256. Texts are given in every language.")
    @APIResponse(responseCode = "200", description = "The policy.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class),
                    examples = @ExampleObject(name = "excerpt", ref = "#/components/examples/policy-excerpt")))
    @APIResponse(responseCode = "400", ref = "#/components/responses/InvalidLanguage")
    @APIResponse(responseCode = "406", ref = "#/components/responses/NotAcceptable")
    @APIResponse(responseCode = "500", ref = "#/components/responses/InternalError")
    public PolicyView policy() {
        return views.view();
    }
}
