package dev.partnerportal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.notification.Notification;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.ui.layout.Notices;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.repository.Repository;
import org.springframework.scheduling.annotation.Scheduled;
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
    static final ArchRule everyScheduledJobRunsOnOneNodeAtATime = methods()
            .that().areAnnotatedWith(Scheduled.class)
            .should().beAnnotatedWith(SchedulerLock.class)
            .because("several nodes share one database: a job without a lock runs once per node (shared.ScheduledJobLocks)");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.partnerportal.(*)..").should().beFreeOfCycles();

    private static final DescribedPredicate<JavaClass> ENTITY = DescribedPredicate.describe("JPA entities",
            type -> type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class));

    private static final DescribedPredicate<JavaClass> REPOSITORY = JavaClass.Predicates.assignableTo(Repository.class)
            .and(resideInAPackage("dev.partnerportal..")).as("Spring Data repositories");

    private static final ArchCondition<JavaClass> BE_USED_ONLY_IN_THEIR_OWN_PACKAGE =
            new ArchCondition<>("be used only in their own package") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    repository.getDirectDependenciesToSelf().stream()
                            .filter(dependency -> !dependency.getOriginClass().getPackageName().equals(repository.getPackageName()))
                            .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
                }
            };

    /** A feature's tables are its own: other features ask its services, so tenancy and authorization stay in one place. */
    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes().that(REPOSITORY).should(BE_USED_ONLY_IN_THEIR_OWN_PACKAGE);

    @ArchTest
    static final ArchRule uiBindsToRecordsNeverEntities = noClasses().that(inModule("portal-ui"))
            .should().dependOnClassesThat(are(ENTITY));

    @ArchTest
    static final ArchRule sharedKernelDependsOnNoFeature = noClasses().that().resideInAPackage("dev.partnerportal.shared..")
            .should().dependOnClassesThat(resideInAPackage("dev.partnerportal..")
                    .and(DescribedPredicate.not(resideInAPackage("dev.partnerportal.shared.."))).as("a feature"));

    @ArchTest
    static final ArchRule entitiesAndRepositoriesAreNotPublic = classes().that(ENTITY.or(REPOSITORY)).should().notBePublic()
            .because("a feature's API is its services and records; its entities and repositories are details");

    /** These check no caller: they serve other features' already authorized services, never views or the API. */
    @ArchTest
    static final ArchRule uiUsesAuthorizedServicesOnly = noClasses().that(inModule("portal-ui"))
            .should().dependOnClassesThat().belongToAnyOf(PartnerRegistry.class, UserAccounts.class,
                    dev.partnerportal.deal.DealIntake.class, dev.partnerportal.deal.DealAttribution.class,
                    dev.partnerportal.deal.WonDeals.class, dev.partnerportal.activity.ActivityRecorder.class,
                    dev.partnerportal.activity.ActivityFigures.class, dev.partnerportal.activity.ActivityRollup.class,
                    dev.partnerportal.content.ContentFacts.class);
}
