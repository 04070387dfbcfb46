package dev.partnerportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.Test;

/**
 * The partner home is where every partner session lands and stays; the server keeps each of its elements and
 * texts (a state node) for as long as the tab is open, so its count is most of a session's memory
 * (docs/benchmarks/capacity.md). This fails when the home grows: make read-only blocks {@code StaticHtml}
 * or build them on demand before raising the budget. Northwind has the fullest home of the demo partners (a
 * whole team, an escalation path, a tier standing and a health panel). Lists whose length depends on data (next
 * steps, open escalations, overdue commitments) are markup too, so what other tests leave behind for Northwind in the
 * shared database changes the count by a node or two, not by a node per item.
 */
@PortalWebTest
class PageWeightBrowserlessTest extends PortalBrowserlessTest {

    /**
     * Measured at 86: 338 when every block was components, 130 after the home's read-only blocks became markup, 86
     * after the layout's navigation, brand and signed-in person did too (the layout is now about 35 of them).
     */
    static final int PARTNER_HOME_BUDGET = 95;

    @Test
    void thePartnerHomeStaysWithinItsStateNodeBudget() {
        signInAs("bob@northwind.test");
        navigate(PartnerHomeView.class);

        var nodes = new int[1];
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);

        assertThat(nodes[0]).as("state nodes of the partner home, layout included; per block of the home: %s", perBlock())
                .isBetween(60, PARTNER_HOME_BUDGET);
    }

    /** Where the nodes are, to say which block grew when the budget fails. */
    private static Map<String, Integer> perBlock() {
        var blocks = new LinkedHashMap<String, Integer>();
        var home = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        home.getElement().getChildren().forEach(child -> {
            var count = new int[1];
            child.getNode().visitNodeTree(node -> count[0]++);
            blocks.merge(child.getAttribute("id") != null ? child.getAttribute("id") : child.getTag(), count[0], Integer::sum);
        });
        return blocks;
    }
}
