package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.partnerportal.survey.SurveyCollection;

/**
 * The page behind a personal survey link, for people without a login. The token in the path is the
 * credential; an unknown token and a closed wave show the same message.
 */
@Route(value = "survey-link", autoLayout = false)
@AnonymousAllowed
public class SurveyLinkView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final SurveyCollection collection;

    SurveyLinkView(SurveyCollection collection) {
        this.collection = collection;
        addClassNames("portal-page", "portal-standalone");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("app.name")));
        var form = collection.formByLink(token);
        if (form.isEmpty()) {
            var gone = new Paragraph(getTranslation("survey.link.invalid"));
            gone.setId("survey-link-invalid");
            add(gone);
            return;
        }
        var panel = new SurveyFormPanel(form.get(), form.get().locale(getLocale()));
        panel.addSaveListener(save -> Submissions.handle(panel, save, (answers, submit) -> {
            if (submit) {
                collection.submitByLink(token, answers);
            } else {
                collection.saveDraftByLink(token, answers);
            }
        }));
        add(panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.link.pageTitle");
    }
}
