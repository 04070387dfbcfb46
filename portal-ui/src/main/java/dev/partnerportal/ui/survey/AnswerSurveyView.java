package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.partnerportal.shared.Role;
import dev.partnerportal.survey.SurveyCollection;
import dev.partnerportal.survey.WaveId;
import jakarta.annotation.security.RolesAllowed;

/** A partner answers one wave, or reads their own answers once submitted or closed. */
@Route("surveys/answer")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class AnswerSurveyView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SurveyCollection collection;

    AnswerSurveyView(SurveyCollection collection) {
        this.collection = collection;
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long waveId) {
        var id = new WaveId(waveId);
        // Another organization's wave answers exactly like an unknown one.
        var form = collection.form(id).orElseThrow(NotFoundException::new);
        removeAll();
        var panel = new SurveyFormPanel(form, form.locale(getLocale()));
        panel.addSaveListener(save -> Submissions.handle(panel, save, (answers, submit) -> {
            if (submit) {
                collection.submit(id, answers);
            } else {
                collection.saveDraft(id, answers);
            }
        }));
        add(panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.answer.pageTitle");
    }
}
