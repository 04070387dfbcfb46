package dev.partnerportal.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import org.junit.jupiter.api.Test;

/**
 * The partner's home keeps its tree light (docs/benchmarks/capacity.md): the health score shows at once, the
 * seven components with their numbers and reasons are built when the partner opens "Why this score".
 */
@PortalWebTest
class PartnerHomeHealthBreakdownBrowserlessTest extends PortalBrowserlessTest {

    @Test
    void theHealthBreakdownIsBuiltWhenOpened() {
        signInAs("carol@contoso.test");
        navigate(PartnerHomeView.class);

        assertThat(find(Span.class).withId("health-score").single().getText()).endsWith(" of 100");
        var breakdown = find(Details.class).withId("health-breakdown").single();
        assertThat(breakdown.getSummaryText()).isEqualTo("Why this score");
        assertThat(componentItems()).isZero();

        breakdown.setOpened(true);

        assertThat(componentItems()).isEqualTo(7);
    }

    private long componentItems() {
        return find(ListItem.class).all().stream()
                .filter(item -> item.getId().orElse("").startsWith("health-"))
                .count();
    }
}
