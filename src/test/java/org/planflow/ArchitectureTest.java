package org.planflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.InputStream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.junit.jupiter.api.Test;
import org.planflow.shared.ui.FileResponses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.planflow");

    /** Decision 052: the engine is an implementation detail of each feature's process/ package, which starts its processes. */
    @Test
    void the_engine_is_called_from_process_packages_only() {
        noClasses().that().resideOutsideOfPackages("..process..", "org.planflow.organization.engine..",
                        "org.planflow.security.camunda..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("Camunda's API is called from process/ packages (and the identity provider and the engine's doors)")
                .check(CLASSES);
    }

    @Test
    void views_talk_to_services_never_to_persistence() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .check(CLASSES);
    }

    @Test
    void api_controllers_talk_to_services_never_to_persistence() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .check(CLASSES);
    }

    @Test
    void services_are_public_transactional_and_live_in_a_feature_root() {
        classes().that().areAnnotatedWith(Service.class)
                .should().bePublic()
                .andShould().beAnnotatedWith(Transactional.class)
                .andShould().resideInAPackage("org.planflow.*")
                .check(CLASSES);
    }

    @Test
    void routed_views_are_package_private_except_the_login_view() {
        classes().that().areAnnotatedWith(Route.class).and().doNotHaveSimpleName("LoginView")
                .should().notBePublic()
                .andShould().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void rest_controllers_are_package_private_and_live_in_api_packages() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..api..")
                .andShould().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void the_import_module_is_plain_java_without_spring() {
        noClasses().that().resideInAPackage("org.planflow.importing..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("reading files needs no container; the plan feature calls it inside its own transactions")
                .check(CLASSES);
    }

    @Test
    void the_import_module_reads_into_its_own_types_and_knows_no_feature() {
        classes().that().resideInAPackage("org.planflow.importing..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.poi..", "org.apache.commons.io..",
                        "com.fasterxml.jackson.annotation..", "org.planflow.importing..", "org.planflow.shared", "org.planflow.shared.document..")
                .check(CLASSES);
    }

    @Test
    void every_file_a_view_hands_out_is_announced_for_the_audit_trail() {
        noClasses().that().doNotHaveFullyQualifiedName(FileResponses.class.getName())
                .should().callConstructor(DownloadResponse.class, InputStream.class, String.class, String.class, long.class)
                .because("shared.ui.FileResponses announces the download and sends it with a content type that cannot break it")
                .check(CLASSES);
    }

    @Test
    void dependencies_come_through_constructors() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
    }
}
