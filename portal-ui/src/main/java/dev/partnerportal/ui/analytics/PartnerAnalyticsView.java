package dev.partnerportal.ui.analytics;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.DayRange;
import dev.partnerportal.analytics.AnalyticsRange;
import dev.partnerportal.analytics.ChannelAnalytics;
import dev.partnerportal.analytics.PartnerAnalytics;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One partner organization's analytics: engagement, activity by kind, content, searches, training, certifications
 * and NPS, counting its own people only. An organization the caller may not see is "not found".
 */
@Route("analytics/partner")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CHANNEL_MANAGER})
public class PartnerAnalyticsView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ChannelAnalytics analytics;
    private final Clock clock;
    private final AnalyticsSections sections = new AnalyticsSections(this);
    private final Div body = new Div();
    private OrganizationId organization = new OrganizationId(0);
    private String name = "";

    PartnerAnalyticsView(ChannelAnalytics analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
        addClassNames("portal-page", "portal-analytics");
        setId("partner-analytics");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        organization = new OrganizationId(id);
        var range = AnalyticsRange.of(null, null, clock);
        PartnerAnalytics page;
        try {
            page = analytics.partner(organization, range);
        } catch (RuleViolation notVisible) {
            throw new NotFoundException();
        }
        name = page.engagement().name();
        body.setId("partner-analytics-body");
        removeAll();
        add(new RouterLink(getTranslation("analytics.back"), AnalyticsView.class),
                new RangeFilter(range, clock, this::show), body);
        render(page);
    }

    private void show(DayRange range) {
        render(analytics.partner(organization, range));
    }

    private void render(PartnerAnalytics page) {
        body.removeAll();
        var kinds = page.eventsByKind().entrySet().stream().toList();
        var activity = new AnalyticsTable<Map.Entry<ActivityKind, Long>>("partner-analytics-activity")
                .column(getTranslation("analytics.column.activity"), e -> getTranslation("analytics.kind." + e.getKey().name()))
                .column(getTranslation("analytics.column.events"), Map.Entry::getValue);
        body.add(new H2(name),
                sections.engagementTable().section(getTranslation("analytics.engagement"), getTranslation("analytics.none"),
                        getTranslation("analytics.csv"), List.of(page.engagement())),
                sections.activePerDay(page.activePerDay(), "partner-analytics-active-chart"),
                activity.section(getTranslation("analytics.activity"), getTranslation("analytics.none"),
                        getTranslation("analytics.csv"), kinds),
                sections.content(page.content()),
                sections.queries(page.queries()),
                sections.training(page.training(), "partner-analytics-training"),
                sections.certifications(List.of(page.certifications()), "partner-analytics-certifications"),
                sections.nps(page.nps(), "partner-analytics-nps", "analytics.nps.company"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.partner.pageTitle", name);
    }
}
