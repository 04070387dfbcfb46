package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import dev.partnerportal.shared.Role;
import dev.partnerportal.support.PortalWebTest;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route, opened once: anonymously where allowed, else by a partner administrator where allowed (the partner's
 * view of it), else by an administrator (between them they may open every route: the editor's, the channel
 * manager's and the partner user's routes are subsets of theirs, which {@code RouteAccessMatrixTest} keeps true),
 * runs under the portal's
 * Content-Security-Policy: Chromium's console shows no policy violation and no script error (HTTP statuses of
 * parameterless routes are logged, not counted). Routes come from
 * the {@code @Route} annotations, so a new view is covered without editing this test; route parameters are
 * filled from the demo data.
 */
@PortalWebTest
class ContentSecurityPolicyEndToEndTest extends BrowserTest {

    private static final Logger log = LoggerFactory.getLogger(ContentSecurityPolicyEndToEndTest.class);
    private static final Map<String, Role> ACCOUNTS = new LinkedHashMap<>();
    private static final Duration SETTLE = Duration.ofSeconds(4);

    static {
        ACCOUNTS.put("alice@northwind.test", Role.PARTNER_ADMIN);
        ACCOUNTS.put("admin@vendor.test", Role.ADMIN);
    }

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    @Test
    void noRouteBreaksThePolicyForAnyRole() {
        var routes = routes();
        var problems = new ArrayList<String>();
        var visited = new TreeSet<String>();
        int visits = 0;

        for (var route : routes) {
            if (access.hasAccess(route.view(), null, role -> false)) {
                visits += visit(route.path(), "anonymous", problems);
                visited.add(route.path());
            }
        }
        for (var account : ACCOUNTS.entrySet()) {
            // Cookies are deleted for the page's own site, so first stand on a portal page (not an error page).
            open("/login");
            driver.manage().deleteAllCookies();
            open("/login");
            new WebDriverWait(driver, PATIENCE.multipliedBy(3)).until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
            signIn(account.getKey(), DEMO_PASSWORD);
            new WebDriverWait(driver, PATIENCE).until(d -> !d.getCurrentUrl().contains("/login"));
            Principal principal = account.getValue()::name;
            for (var route : routes) {
                if (!visited.contains(route.path())
                        && access.hasAccess(route.view(), principal, role -> role.equals(account.getValue().name()))) {
                    visits += visit(route.path(), account.getKey(), problems);
                    visited.add(route.path());
                }
            }
        }

        log.info("Content-Security-Policy check: {} routes, {} page visits, {} console problems", routes.size(), visits,
                problems.size());
        assertThat(visited).as("routes opened by at least one account").containsExactlyInAnyOrderElementsOf(
                routes.stream().map(RoutePath::path).toList());
        assertThat(problems).isEmpty();
    }

    /**
     * Opens one page and lets it settle: until Vaadin has no request in flight (at once for a page that is not
     * a Vaadin page, such as the container's answer to a refused request), or for at most a few seconds on
     * pages that keep talking to the server (progress polling). Then collects what the console reported.
     */
    private int visit(String path, String who, List<String> problems) {
        driver.manage().logs().get(LogType.BROWSER);
        open(path);
        new WebDriverWait(driver, PATIENCE).until(d -> "complete".equals(js().executeScript("return document.readyState")));
        try {
            new WebDriverWait(driver, SETTLE).until(d -> Boolean.TRUE.equals(js().executeScript("""
                    if (!window.Vaadin) { return true; }
                    const flow = window.Vaadin.Flow;
                    return !!flow && !!flow.clients && Object.keys(flow.clients).length > 0
                        && Object.values(flow.clients).every(client => !client.isActive || !client.isActive());""")));
        } catch (TimeoutException stillBusy) {
            log.info("{} as {} was still busy after {}; reading its console anyway", path, who, SETTLE);
        }
        for (var entry : driver.manage().logs().get(LogType.BROWSER)) {
            var message = entry.getMessage();
            if (message.contains("Content Security Policy")) {
                log.warn("Policy violation on {} as {}: {}", path, who, message);
                problems.add(who + " " + path + ": " + message);
            } else if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                // An HTTP status is not a script error: a route opened without its query parameters may answer
                // 403 or 404, and the browser asks for a favicon the portal does not have.
                if (message.contains("Failed to load resource: the server responded with a status of")) {
                    log.info("HTTP status reported on {} as {}: {}", path, who, message);
                } else {
                    log.warn("Console error on {} as {}: {}", path, who, message);
                    problems.add(who + " " + path + ": " + message);
                }
            }
        }
        return 1;
    }

    record RoutePath(String path, Class<?> view) {
    }

    /** Every {@code @Route}, parameters filled from the demo data; a parameter with no demo value skips the route. */
    private List<RoutePath> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = new ArrayList<RoutePath>();
        var skipped = new TreeSet<String>();
        for (var definition : scanner.findCandidateComponents("dev.partnerportal")) {
            var view = load(definition.getBeanClassName());
            var template = view.getAnnotation(Route.class).value();
            fill(template).ifPresentOrElse(path -> routes.add(new RoutePath(path, view)), () -> skipped.add(template));
        }
        log.info("Content-Security-Policy check skips routes without demo values: {}", skipped);
        return routes;
    }

    private Optional<String> fill(String template) {
        var path = new StringBuilder();
        for (var segment : template.split("/")) {
            String value;
            if (!segment.startsWith(":")) {
                value = segment;
            } else if (segment.endsWith("?")) {
                continue;
            } else {
                var found = switch (segment) {
                    case ":slug" -> jdbc.queryForList("select slug from content_item where status = 'PUBLISHED' "
                            + "and audience_tiers = '' and regions = '' order by id", String.class);
                    case ":code" -> template.startsWith("training")
                            ? jdbc.queryForList("select code from training_course order by id", String.class)
                            : List.<String>of();
                    default -> List.<String>of();
                };
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                value = found.getFirst();
            }
            if (!value.isEmpty()) {
                path.append('/').append(value);
            }
        }
        return Optional.of(path.isEmpty() ? "/" : path.toString());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
