package dev.partnerportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.notification.Notification;
import dev.partnerportal.ui.layout.Notices;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Module direction ui → content → domain, judged by where each class was loaded from (the module's
 * classes directory or jar), so that new feature packages are covered without editing this test.
 */
@AnalyzeClasses(packages = "dev.partnerportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in module " + module, type -> type.getSource()
                .map(source -> source.getUri().toString())
                .map(uri -> uri.contains("/" + module + "/") || uri.contains("/" + module + "-"))
                .orElse(false));
    }

    @ArchTest
    static final ArchRule domainKnowsNothingOfContentOrUi = noClasses().that(inModule("portal-domain"))
            .should().dependOnClassesThat(inModule("portal-content").or(inModule("portal-ui")));

    @ArchTest
    static final ArchRule contentKnowsNothingOfUi = noClasses().that(inModule("portal-content"))
            .should().dependOnClassesThat(inModule("portal-ui"));

    @ArchTest
    static final ArchRule viewsAndApiNeverTouchRepositories = noClasses().that(inModule("portal-ui"))
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule everyPublicServiceMethodDeclaresWhoMayCallIt = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic()
            .and().areDeclaredInClassesThat().resideInAPackage("dev.partnerportal..")
            .should().beAnnotatedWith(PreAuthorize.class)
            .because("services own authorization: every public method says who may use it (permitAll() where intended)");

    @ArchTest
    static final ArchRule onlyNoticesShowsNotifications = noClasses()
            .that().doNotHaveFullyQualifiedName(Notices.class.getName())
            .should().callMethodWhere(DescribedPredicate.describe("Notification.show(..)", call ->
                    call.getTargetOwner().isEquivalentTo(Notification.class) && call.getName().equals("show")))
            .because("every notice looks, sits and lasts the same, and a refusal is translated in one place (ui.layout.Notices)");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.partnerportal.(*)..").should().beFreeOfCycles();
}
