package com.clinicscreen.screening.rest;

import com.clinicscreen.screening.api.PolicyView;
import com.clinicscreen.screening.policy.PolicyViews;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Publishes the policy in force so QA and clinicians can review what the service applies. */
@Path("/v1/policy")
public class PolicyResource {

    private final PolicyViews views;

    public PolicyResource(PolicyViews views) {
        this.views = views;
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public PolicyView policy() {
        return views.view();
    }
}
