package dev.partnerportal.ui.survey;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.survey.WaveResults.Breakdown;
import dev.partnerportal.survey.WaveResults.GroupScore;
import java.util.Locale;

/** NPS per tier, region or organization; says how many groups were hidden to keep an anonymous wave anonymous. */
final class BreakdownPanel extends Div {

    BreakdownPanel(Breakdown breakdown) {
        addClassName("portal-breakdown");
        var dimension = breakdown.dimension().name().toLowerCase(Locale.ROOT);
        setId("breakdown-" + dimension);
        add(new H3(getTranslation("survey.results.by." + dimension)));
        var grid = new Grid<GroupScore>();
        grid.addColumn(GroupScore::label).setHeader(getTranslation("survey.results.group")).setFlexGrow(2);
        grid.addColumn(GroupScore::responses).setHeader(getTranslation("survey.results.responses"));
        grid.addColumn(g -> LocaleFormats.number(g.nps().value(), getLocale())).setHeader(getTranslation("survey.results.nps"));
        grid.addColumn(g -> g.nps().promoters() + " / " + g.nps().passives() + " / " + g.nps().detractors())
                .setHeader(getTranslation("survey.results.split"));
        grid.setItems(breakdown.groups());
        grid.setAllRowsVisible(true);
        add(grid);
        if (breakdown.hiddenGroups() > 0) {
            var hidden = new Paragraph(getTranslation("survey.results.hidden", breakdown.hiddenGroups(),
                    SurveyResults.ANONYMITY_THRESHOLD));
            hidden.addClassName("portal-hint");
            hidden.setId("hidden-" + dimension);
            add(hidden);
        }
    }
}
