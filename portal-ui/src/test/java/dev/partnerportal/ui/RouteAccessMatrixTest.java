package dev.partnerportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.partnerportal.shared.Role;
import fixtures.unannotated.ForgottenView;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every route and error view declares who may open it, and the declarations match the intended matrix.
 * A new route fails this test until it is annotated and added to {@link #EXPECTED}.
 */
class RouteAccessMatrixTest {

    private static final String ANONYMOUS = "ANONYMOUS";
    private static final Set<String> EVERYONE_SIGNED_IN = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toCollection(TreeSet::new));

    /** Route or error view → who may open it (role names, or ANONYMOUS for people not signed in). */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "login", Set.of(ANONYMOUS, "ADMIN", "CONTENT_EDITOR", "CHANNEL_MANAGER", "PARTNER_ADMIN", "PARTNER_USER"),
            "", EVERYONE_SIGNED_IN,
            "account", EVERYONE_SIGNED_IN,
            "partner", Set.of("PARTNER_ADMIN", "PARTNER_USER"),
            "workspace", Set.of("ADMIN", "CONTENT_EDITOR", "CHANNEL_MANAGER"),
            "partners", Set.of("ADMIN", "CHANNEL_MANAGER"),
            "error:InternalErrorView", Set.of(ANONYMOUS, "ADMIN", "CONTENT_EDITOR", "CHANNEL_MANAGER", "PARTNER_ADMIN", "PARTNER_USER"),
            "error:NotFoundView", Set.of(ANONYMOUS, "ADMIN", "CONTENT_EDITOR", "CHANNEL_MANAGER", "PARTNER_ADMIN", "PARTNER_USER"));

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void everyRouteAndErrorViewDeclaresItsAccess() {
        assertThat(navigationTargets()).allSatisfy(target -> assertThat(missingAccessAnnotation(target))
                .as("%s has no @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll", target.getName())
                .isFalse());
    }

    @Test
    void theCheckCatchesARouteWithoutAnnotation() {
        assertThat(missingAccessAnnotation(ForgottenView.class)).isTrue();
        assertThat(whoMayOpen(ForgottenView.class)).isEmpty();
    }

    @Test
    void accessMatchesTheIntendedMatrixForEveryRoleAndAnonymousVisitors() {
        var actual = new TreeMap<String, Set<String>>();
        for (var target : navigationTargets()) {
            actual.put(key(target), whoMayOpen(target));
        }
        assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED));
    }

    private List<Class<?>> navigationTargets() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        return scanner.findCandidateComponents("dev.partnerportal").stream()
                .<Class<?>>map(definition -> load(definition.getBeanClassName()))
                .filter(type -> !type.isInterface())
                .toList();
    }

    private static boolean missingAccessAnnotation(Class<?> target) {
        return !(target.isAnnotationPresent(RolesAllowed.class) || target.isAnnotationPresent(PermitAll.class)
                || target.isAnnotationPresent(AnonymousAllowed.class) || target.isAnnotationPresent(DenyAll.class));
    }

    private Set<String> whoMayOpen(Class<?> target) {
        var allowed = new TreeSet<String>();
        if (checker.hasAccess(target, null, role -> false)) {
            allowed.add(ANONYMOUS);
        }
        for (var role : EnumSet.allOf(Role.class)) {
            Principal principal = role::name;
            if (checker.hasAccess(target, principal, candidate -> candidate.equals(role.name()))) {
                allowed.add(role.name());
            }
        }
        return allowed;
    }

    private static String key(Class<?> target) {
        var route = target.getAnnotation(Route.class);
        return route != null ? route.value() : "error:" + target.getSimpleName();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
