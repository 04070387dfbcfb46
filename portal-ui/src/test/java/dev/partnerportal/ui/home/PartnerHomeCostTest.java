package dev.partnerportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.content.LibraryView;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;

/**
 * What creating the partner home costs the server beyond its own work. It is the most visited view, the largest, and
 * the slowest step of the load test (docs/benchmarks/capacity.md, "What limited it").
 */
@PortalWebTest
class PartnerHomeCostTest extends PortalBrowserlessTest {

    /**
     * Views and layouts are created for every navigation. A proxied one costs Spring a match of every advisor against
     * every method of the view, each time (it caches that only for beans it does not proxy): that was 45% of the
     * processor under load while JSR-250 method security proxied every view carrying {@code @RolesAllowed}.
     */
    @Test
    void viewsAndTheirLayoutAreCreatedWithoutProxies() {
        signInAs("bob@northwind.test");
        navigate(LibraryView.class);
        navigate(PartnerHomeView.class);

        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain).hasSizeGreaterThan(1);
        assertThat(chain).allSatisfy(target -> assertThat(AopUtils.isAopProxy(target))
                .as("%s is a proxy", target.getClass().getName()).isFalse());
    }
}
