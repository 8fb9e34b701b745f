package io.yudex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dependency arrows between features, and deny-by-default on every endpoint. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.yudex");
    }

    @Test
    void featuresDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Platform").definedBy("io.yudex.platform..")
                .layer("Organisation").definedBy("io.yudex.organisation..")
                .layer("Identity").definedBy("io.yudex.identity..")
                .layer("Catalog").definedBy("io.yudex.catalog..")
                .layer("Ingest").definedBy("io.yudex.ingest.batch..", "io.yudex.ingest.pull..")
                .layer("Governance").definedBy("io.yudex.governance..")
                .layer("Exchange").definedBy("io.yudex.exchange..")
                .layer("Audit").definedBy("io.yudex.audit..")
                .layer("Notification").definedBy("io.yudex.notification..")
                .layer("OpenData").definedBy("io.yudex.opendata..")
                .layer("Web").definedBy("io.yudex.web..")
                .layer("Demo").definedBy("io.yudex.demo..")
                .whereLayer("Demo").mayNotBeAccessedByAnyLayer()
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("OpenData").mayOnlyBeAccessedByLayers("Web", "Demo")
                .whereLayer("Governance").mayOnlyBeAccessedByLayers("OpenData", "Web", "Demo")
                .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Audit", "Notification", "OpenData", "Web", "Demo")
                .whereLayer("Notification").mayOnlyBeAccessedByLayers("Web", "Demo")
                .whereLayer("Audit").mayOnlyBeAccessedByLayers("Web", "Demo")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Governance", "Exchange", "Notification", "OpenData", "Web", "Demo")
                .whereLayer("Catalog").mayOnlyBeAccessedByLayers("Ingest", "Governance", "Exchange", "Audit", "OpenData", "Web", "Demo")
                .whereLayer("Identity").mayOnlyBeAccessedByLayers("Catalog", "Ingest", "Governance", "Exchange", "Audit", "Notification", "OpenData", "Web", "Demo")
                .whereLayer("Organisation").mayOnlyBeAccessedByLayers("Identity", "Catalog", "Ingest", "Governance", "Exchange", "Audit", "Notification", "OpenData", "Web", "Demo")
                .check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("io.yudex.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .and().areAnnotatedWith(RequestMapping.class)
                .or().areMetaAnnotatedWith(RequestMapping.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("authorization is denied by default and granted per endpoint")
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(classes);
    }
}
