package dev.partnerportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain module's own shape. Direction between modules is checked in portal-ui, which sees all three. */
@AnalyzeClasses(packages = "dev.partnerportal", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("dev.partnerportal.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedKernelDependsOnNoFeature = noClasses().that().resideInAPackage("dev.partnerportal.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.partnerportal.partner..", "dev.partnerportal.identity..", "dev.partnerportal.audit..",
                    "dev.partnerportal.setup..");

    @ArchTest
    static final ArchRule recordsKnowNothingOfWebOrUi = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.vaadin..", "org.springframework.web..", "jakarta.servlet..", "org.apache.lucene..");
}
