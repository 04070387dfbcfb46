package dev.partnerportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.Test;

/**
 * The partner home is where every partner session lands and stays; the server keeps each of its elements and
 * texts (a state node) for as long as the tab is open, so its count is most of a session's memory
 * (docs/benchmarks/capacity.md). This fails when the home grows: make read-only blocks {@code StaticHtml}
 * or build them on demand before raising the budget. Northwind has the fullest home of the demo partners (a
 * whole team, an escalation path, a tier standing and a health panel).
 */
@PortalWebTest
class PageWeightBrowserlessTest extends PortalBrowserlessTest {

    /** Measured at 130 after the read-only blocks became markup (338 before); the layout alone is about 70. */
    static final int PARTNER_HOME_BUDGET = 140;

    @Test
    void thePartnerHomeStaysWithinItsStateNodeBudget() {
        signInAs("bob@northwind.test");
        navigate(PartnerHomeView.class);

        var nodes = new int[1];
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);

        assertThat(nodes[0]).as("state nodes of the partner home, layout included").isBetween(100, PARTNER_HOME_BUDGET);
    }
}
