package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.shared.Role;
import dev.partnerportal.survey.SurveyCollection;
import jakarta.annotation.security.RolesAllowed;

/** The open surveys a partner's organization is asked to answer, with the partner's own progress. */
@Route("surveys")
@Menu(order = 20, title = "nav.surveys")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class SurveysView extends Div implements HasDynamicTitle {

    SurveysView(SurveyCollection collection) {
        addClassName("portal-page");
        setId("surveys");
        var open = collection.openForMe();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("survey.none")));
        }
        for (var survey : open) {
            var wave = survey.wave();
            var state = new Span(getTranslation("survey.state." + survey.state().name()));
            state.addClassName("portal-badge");
            var link = new Anchor("surveys/answer/" + wave.id().value(),
                    getTranslation(survey.state().name().equals("SUBMITTED") ? "survey.viewAnswers" : "survey.answer"));
            link.setId("answer-" + wave.id().value());
            var card = new Div(new H3(survey.title(getLocale()) + " · " + wave.name()), state,
                    new Paragraph(getTranslation("survey.closesAt", SurveyFormats.dateTime(wave.closesAt(), getLocale()))),
                    new Paragraph(getTranslation(wave.anonymous() ? "survey.anonymous" : "survey.attributed")), link);
            card.addClassName("portal-card");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.list.pageTitle");
    }
}
