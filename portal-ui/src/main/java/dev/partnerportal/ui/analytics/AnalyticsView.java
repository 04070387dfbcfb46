package dev.partnerportal.ui.analytics;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.activity.DayRange;
import dev.partnerportal.analytics.AnalyticsRange;
import dev.partnerportal.analytics.ChannelAnalytics;
import dev.partnerportal.analytics.NpsGrouping;
import dev.partnerportal.analytics.PartnerEngagement;
import dev.partnerportal.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The channel dashboards: engagement per partner, content, search, the training funnel, certifications, NPS and
 * tiers for a date range (the last 30 days at first). Each organization's name leads to its own page.
 */
@Route("analytics")
@Menu(order = 8, title = "analytics.nav")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class AnalyticsView extends Div implements HasDynamicTitle {

    private final ChannelAnalytics analytics;
    private final AnalyticsSections sections = new AnalyticsSections(this);
    private final Div body = new Div();
    private final Div nps = new Div();
    private final Select<NpsGrouping> grouping = new Select<>();

    AnalyticsView(ChannelAnalytics analytics, Clock clock) {
        this.analytics = analytics;
        addClassNames("portal-page", "portal-analytics");
        setId("analytics");
        var range = AnalyticsRange.of(null, null, clock);
        grouping.setId("analytics-nps-grouping");
        grouping.setLabel(getTranslation("analytics.nps.by"));
        grouping.setItems(NpsGrouping.values());
        grouping.setItemLabelGenerator(g -> getTranslation("analytics.nps.by." + g.name()));
        grouping.setValue(NpsGrouping.COMPANY);
        grouping.addValueChangeListener(e -> showNps());
        body.setId("analytics-body");
        add(new Paragraph(getTranslation("analytics.intro")), new RangeFilter(range, clock, this::show), body);
        show(range);
    }

    private void show(DayRange range) {
        body.removeAll();
        var engagement = analytics.engagement(range);
        body.add(new H2(getTranslation("analytics.engagement")),
                sections.activePerDay(analytics.activePerDay(range), "analytics-active-chart"),
                new Paragraph(getTranslation("analytics.partners")), links(engagement),
                sections.engagement(engagement),
                new H2(getTranslation("analytics.content")),
                sections.content(analytics.content(range)),
                sections.contentGroups(analytics.contentGroups(range, true), true),
                sections.contentGroups(analytics.contentGroups(range, false), false),
                sections.search(analytics.search(range)),
                sections.training(analytics.training(range), "analytics-training"),
                new H2(getTranslation("analytics.certifications")),
                sections.certifications(analytics.certifications(), "analytics-certifications"),
                new H2(getTranslation("analytics.nps")), grouping, nps,
                new H2(getTranslation("analytics.tiers")),
                sections.tiers(analytics.tiers()));
        showNps();
    }

    private void showNps() {
        nps.removeAll();
        nps.add(sections.nps(analytics.nps(grouping.getValue()), "analytics-nps", "analytics.nps.table"));
    }

    private Div links(List<PartnerEngagement> engagement) {
        var links = new Div();
        links.addClassName("portal-analytics-partners");
        links.setId("analytics-partner-links");
        for (var organization : engagement) {
            links.add(new RouterLink(organization.name(), PartnerAnalyticsView.class, organization.organizationId()));
        }
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.pageTitle");
    }
}
