package com.clinicscreen.screening.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Responses write the policy's strings from bytes encoded once at start ({@link PreEncodedStrings}). */
@Singleton
public class PreEncodedStringsCustomizer implements ObjectMapperCustomizer {

    private final PolicyProvider policyProvider;

    public PreEncodedStringsCustomizer(PolicyProvider policyProvider) {
        this.policyProvider = policyProvider;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("pre-encoded-strings")
                .addSerializer(String.class, PreEncodedStrings.of(policyProvider.policy())));
    }
}
