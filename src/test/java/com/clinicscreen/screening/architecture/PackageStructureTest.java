package com.clinicscreen.screening.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine (domain vocabulary, policy model, evaluation, alternatives) is plain Java that a test can use
 * without Quarkus and that does not know the wire records; packages have no cycles.
 */
class PackageStructureTest {

    private static final String ROOT = "com.clinicscreen.screening";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void domainDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".policy..",
                        ROOT + ".engine..", ROOT + ".service..", ROOT + ".rest..", ROOT + ".config..",
                        ROOT + ".questionnaire..", ROOT + ".fhir..", ROOT + ".cdshooks..", ROOT + ".telemetry..")
                .check(CLASSES);
    }

    @Test
    void engineAndPolicyModelKnowNeitherWireRecordsNorTheFramework() {
        noClasses().that().resideInAnyPackage(ROOT + ".policy..", ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".service..",
                        ROOT + ".rest..", ROOT + ".config..", ROOT + ".questionnaire..", ROOT + ".fhir..",
                        ROOT + ".cdshooks..", ROOT + ".telemetry..", "io.quarkus..", "jakarta..", "io.vertx..",
                        "org.eclipse.microprofile..", "io.smallrye..")
                .check(CLASSES);
    }

    @Test
    void policyModelDoesNotDependOnTheEngine() {
        noClasses().that().resideInAPackage(ROOT + ".policy..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".engine..")
                .check(CLASSES);
    }

    @Test
    void resourcesDelegateAndNothingDependsOnThem() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".rest..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
