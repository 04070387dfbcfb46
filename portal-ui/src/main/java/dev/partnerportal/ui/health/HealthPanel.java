package dev.partnerportal.ui.health;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.partnerportal.health.ComponentHealth;
import dev.partnerportal.health.OrganizationHealth;
import dev.partnerportal.health.Practice;
import dev.partnerportal.ui.i18n.LocaleFormats;
import dev.partnerportal.ui.layout.Facts;
import dev.partnerportal.ui.layout.StaticHtml;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One organization's relationship health: the score with its trend, every component with its raw numbers and
 * why, and which partner practices are present. Read-only; the same panel serves the desk and the partner.
 */
public class HealthPanel extends Div {

    public HealthPanel(OrganizationHealth health) {
        this(health, false);
    }

    /**
     * With {@code breakdownOnDemand}, the components' raw numbers and reasons (about half of the panel's elements)
     * are built only when the reader opens "Why this score": the partner's home, which every partner session
     * shows, keeps a lighter tree per session (docs/benchmarks/capacity.md).
     */
    public HealthPanel(OrganizationHealth health, boolean breakdownOnDemand) {
        addClassName("portal-health");
        setId("health-panel");
        var score = new Span(getTranslation("health.score.value", health.health().score()));
        score.addClassNames("portal-health-score", "portal-health-" + band(health.health().score()));
        score.setId("health-score");
        add(new H3(getTranslation("health.title")), new Div(score, trend(health)));
        var components = new UnorderedList();
        components.addClassName("portal-health-components");
        components.setId("health-components");
        if (breakdownOnDemand) {
            var breakdown = new Details(getTranslation("health.breakdown"));
            breakdown.setId("health-breakdown");
            breakdown.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && components.getChildren().findAny().isEmpty()) {
                    health.health().components().forEach(component -> components.add(component(component)));
                }
            });
            breakdown.add(components);
            add(breakdown);
        } else {
            health.health().components().forEach(component -> components.add(component(component)));
            add(components);
        }
        add(new H4(getTranslation("health.practices")), new Paragraph(getTranslation("health.practices.intro")),
                practices(health));
    }

    private Div trend(OrganizationHealth health) {
        var trend = new Div();
        trend.addClassName("portal-health-trend");
        if (health.trend().isEmpty()) {
            trend.add(new Span(getTranslation("health.trend.empty")));
            return trend;
        }
        var description = getTranslation("health.trend.label", LocaleFormats.date(health.trend().getFirst().takenOn(), getLocale()),
                LocaleFormats.date(health.trend().getLast().takenOn(), getLocale()), health.trend().getLast().score());
        var caption = new Span(getTranslation("health.trend", health.trend().size()));
        caption.addClassName("portal-health-trend-caption");
        trend.add(Sparkline.image(health.trend(), description), caption);
        return trend;
    }

    private ListItem component(ComponentHealth component) {
        var numbers = NumberFormat.getNumberInstance(getLocale());
        var name = getTranslation("health.component." + component.component().name());
        var head = new Span(getTranslation("health.component.line", name, component.score(), component.weight(),
                numbers.format(component.pointsLost())));
        head.addClassName("portal-health-component-head");
        var item = new ListItem(head);
        item.setId("health-" + component.component().name().toLowerCase(Locale.ROOT));
        if (!component.facts().isEmpty()) {
            item.add(Facts.of(component.facts().stream()
                    .map(fact -> Facts.fact(getTranslation(fact.labelKey()), new Span(numbers.format(fact.value()))))
                    .toArray(Facts.Fact[]::new)));
        }
        component.reasons().forEach(reason -> {
            var why = new Paragraph(getTranslation(reason.key(), reason.arguments().toArray()));
            why.addClassName("portal-health-reason");
            item.add(why);
        });
        return item;
    }

    /** Which practices are present: read-only, so one element however many practices there are. */
    private Html practices(OrganizationHealth health) {
        var list = StaticHtml.element("ul", "portal-health-practices");
        list.id("health-practices");
        for (var practice : Practice.values()) {
            var state = health.practices().get(practice);
            var item = list.appendElement("li").id("practice-" + practice.name().toLowerCase(Locale.ROOT));
            item.appendElement("span").addClass("portal-badge")
                    .addClass("portal-practice-" + state.name().toLowerCase(Locale.ROOT))
                    .text(getTranslation("health.practice.state." + state.name()));
            item.appendElement("span").text(getTranslation("health.practice." + practice.name()));
        }
        return StaticHtml.of(list);
    }

    /** Below 40 poor, below 70 fair, otherwise good: for colour only, the number stays visible. */
    static String band(int score) {
        return score < 40 ? "poor" : score < 70 ? "fair" : "good";
    }
}
