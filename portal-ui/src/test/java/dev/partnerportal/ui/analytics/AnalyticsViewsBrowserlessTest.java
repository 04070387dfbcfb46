package dev.partnerportal.ui.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRecord;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.support.PortalBrowserlessTest;
import dev.partnerportal.support.PortalWebTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboards for a chosen period, with a chart, grids and CSV links, and one partner's page. */
@PortalWebTest
class AnalyticsViewsBrowserlessTest extends PortalBrowserlessTest {

    @Autowired
    ActivityRecorder recorder;
    @Autowired
    dev.partnerportal.activity.ActivityRollup rollup;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PartnerRegistry partners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aManagerChoosesAPeriodAndOpensAPartnersPage() {
        var northwind = partners.findByName("Northwind Traders").orElseThrow().organizationId();
        jdbc.update("delete from activity_event where occurred_at >= ? and occurred_at < ?",
                java.sql.Timestamp.from(Instant.parse("2026-04-01T00:00:00Z")),
                java.sql.Timestamp.from(Instant.parse("2026-05-01T00:00:00Z")));
        var alice = accounts.findByEmail("alice@northwind.test").orElseThrow().id();
        recorder.record(ActivityRecord.of(Instant.parse("2026-04-07T09:00:00Z"), ActivityKind.SIGN_IN, alice, northwind));
        recorder.record(ActivityRecord.search(Instant.parse("2026-04-07T09:01:00Z"), alice, northwind, "Retail", 0));
        recorder.flush();
        rollup.rollUp(new dev.partnerportal.activity.DayRange(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        signInAs("manager@vendor.test");

        navigate(AnalyticsView.class);
        assertThat(find(Grid.class).withId("analytics-engagement-grid").exists()).isTrue();
        assertThat(find(Anchor.class).withId("analytics-engagement-csv").exists()).isTrue();
        test(find(DatePicker.class).withId("analytics-from").single()).setValue(LocalDate.of(2026, 4, 1));
        test(find(DatePicker.class).withId("analytics-to").single()).setValue(LocalDate.of(2026, 4, 30));
        test(find(Button.class).withId("analytics-apply").single()).click();

        assertThat(find(Image.class).withId("analytics-active-chart").exists()).isTrue();
        assertThat(find(Span.class).withId("analytics-search-summary").single().getText())
                .isEqualTo("1 searches, 0 clicks on a result: 0 % click-through.");
        @SuppressWarnings("unchecked")
        Grid<Object> zero = find(Grid.class).withId("analytics-zero-queries-grid").single();
        assertThat(test(zero).size()).isEqualTo(1);
        assertThat(test(zero).getCellText(0, 0)).isEqualTo("retail");
        for (var id : new String[] {"analytics-content", "analytics-certifications", "analytics-nps", "analytics-tiers",
                "analytics-training"}) {
            assertThat(find(Anchor.class).withId(id + "-csv").exists()).as(id).isTrue();
        }

        navigate(PartnerAnalyticsView.class, northwind.value());
        assertThat(find(H2.class).withText("Northwind Traders").exists()).isTrue();
        assertThat(find(Div.class).withId("partner-analytics-activity").exists()).isTrue();
    }
}
