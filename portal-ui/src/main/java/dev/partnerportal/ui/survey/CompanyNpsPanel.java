package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinService;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.survey.WaveResults.TrendPoint;
import dev.partnerportal.ui.health.Sparkline;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * For the desk's partner page: the company's NPS in each attributed wave it answered, with a sparkline. It finds
 * the service itself so that the host page needs one line to show it. Anonymous waves never appear here.
 */
public class CompanyNpsPanel extends Div {

    public CompanyNpsPanel(OrganizationId organization) {
        addClassName("portal-company-nps");
        setId("company-nps");
        var results = VaadinService.getCurrent().getInstantiator().getOrCreate(SurveyResults.class);
        var trend = results.companyTrend(organization);
        add(new H3(getTranslation("survey.companyNps.title")));
        if (trend.isEmpty()) {
            var none = new Paragraph(getTranslation("survey.companyNps.none"));
            none.setId("company-nps-none");
            add(none);
            return;
        }
        var latest = new Span(trend.getLast().nps().value().toPlainString());
        latest.addClassName("portal-nps-score");
        latest.setId("company-nps-latest");
        var head = new Div(latest, sparkline(this, trend, "company-nps-trend"));
        head.addClassName("portal-company-nps-head");
        var waves = new UnorderedList();
        waves.setId("company-nps-waves");
        trend.forEach(point -> waves.add(new ListItem(getTranslation("survey.companyNps.wave", point.name(),
                SurveyFormats.date(point.opensAt(), getLocale()), point.nps().value().toPlainString(), point.nps().total()))));
        add(head, waves);
    }

    /** The trend on the NPS scale (−100 to +100) with a text alternative naming first and latest score. */
    static Image sparkline(Component host, List<TrendPoint> trend, @Nullable String id) {
        var image = Sparkline.image(trend.stream().map(p -> p.nps().value().setScale(0, RoundingMode.HALF_UP).intValue()).toList(),
                -100, 100, host.getTranslation("survey.companyNps.trend", trend.size(),
                        trend.getFirst().nps().value().toPlainString(), trend.getLast().nps().value().toPlainString()));
        if (id != null) {
            image.setId(id);
        }
        return image;
    }
}
