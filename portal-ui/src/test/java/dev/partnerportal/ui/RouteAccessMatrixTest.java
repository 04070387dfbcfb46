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
import java.io.IOException;
import java.security.Principal;
import java.util.Properties;
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
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every route and error view declares who may open it, and the declarations match the intended matrix.
 * A new route fails this test until it is annotated and listed in a file under {@code route-access/}.
 */
class RouteAccessMatrixTest {

    private static final String ANONYMOUS = "ANONYMOUS";
    private static final Set<String> EVERYONE_SIGNED_IN = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toCollection(TreeSet::new));

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
    void accessMatchesTheIntendedMatrixForEveryRoleAndAnonymousVisitors() throws IOException {
        var actual = new TreeMap<String, Set<String>>();
        for (var target : navigationTargets()) {
            actual.put(key(target), whoMayOpen(target));
        }
        assertThat(actual).isEqualTo(expected());
    }

    /** The intended matrix, one properties file per feature under {@code route-access/}. */
    private static Map<String, Set<String>> expected() throws IOException {
        var matrix = new TreeMap<String, Set<String>>();
        var files = new PathMatchingResourcePatternResolver().getResources("classpath*:route-access/*.properties");
        assertThat(files).isNotEmpty();
        for (var file : files) {
            var properties = new Properties();
            try (var in = file.getInputStream()) {
                properties.load(in);
            }
            for (var route : properties.stringPropertyNames()) {
                var who = new TreeSet<String>();
                for (var entry : properties.getProperty(route).split(",")) {
                    if (entry.strip().equals("SIGNED_IN")) {
                        who.addAll(EVERYONE_SIGNED_IN);
                    } else {
                        who.add(entry.strip());
                    }
                }
                assertThat(matrix.put(route, who)).as("%s listed twice", route).isNull();
            }
        }
        return matrix;
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
        return route != null ? "/" + route.value() : "error." + target.getSimpleName();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
