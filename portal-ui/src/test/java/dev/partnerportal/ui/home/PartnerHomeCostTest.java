package dev.partnerportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.testsupport.StatementCount;
import dev.partnerportal.ui.content.LibraryView;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What one visit to the partner home costs the server. It is the most visited view, the largest, and the slowest step
 * of the load test (docs/benchmarks/capacity.md, "What limits it"); these fail when that cost grows.
 */
@PortalWebTest
class PartnerHomeCostTest extends PortalBrowserlessTest {

    /** Measured at 99 on 2026-12-01: the home reads the organization's whole standing (next steps, tier, team, escalations, commitments, health). */
    static final long STATEMENTS_PER_VISIT = 99;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private StatementCount statements;

    @AfterEach
    void statisticsOff() {
        if (statements != null) {
            statements.close();
        }
    }

    @Test
    void aVisitToThePartnerHomeCostsAFixedNumberOfStatements() {
        signInAs("bob@northwind.test");
        navigate(PartnerHomeView.class);
        statements = StatementCount.on(entityManagerFactory);

        long visit = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            navigate(LibraryView.class);
            visit = Math.min(visit, statements.of(() -> navigate(PartnerHomeView.class)));
        }

        assertThat(visit).as("statements of one visit to the partner home").isPositive().isLessThanOrEqualTo(STATEMENTS_PER_VISIT);
    }

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
