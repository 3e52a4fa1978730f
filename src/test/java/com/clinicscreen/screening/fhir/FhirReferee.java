package com.clinicscreen.screening.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/** HAPI FHIR's R4 instance validator, offline: the referee for every FHIR resource the service emits. */
public final class FhirReferee {

    private static final FhirValidator VALIDATOR = create();

    private FhirReferee() {}

    private static FhirValidator create() {
        FhirContext context = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirValidator validator = context.newValidator();
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setAnyExtensionsAllowed(true);
        validator.registerValidatorModule(instanceValidator);
        return validator;
    }

    /** Errors and fatal errors the validator reports for a resource given as JSON. */
    public static List<String> errors(String resourceJson) {
        return VALIDATOR.validateWithResult(resourceJson).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirReferee::describe).toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
    }
}
