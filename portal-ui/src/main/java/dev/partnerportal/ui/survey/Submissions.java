package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.partnerportal.survey.AlreadyAnsweredException;
import dev.partnerportal.survey.Answer;
import dev.partnerportal.survey.IncompleteResponseException;
import dev.partnerportal.survey.ResponseState;
import dev.partnerportal.survey.SurveyClosedException;
import dev.partnerportal.survey.SurveyNotFoundException;
import java.util.Map;

/** Turns a form's save or submit into a service call and tells the respondent how it went. */
final class Submissions {

    interface Writer {
        void write(Map<Long, Answer> answers, boolean submit);
    }

    private Submissions() {
    }

    static void handle(SurveyFormPanel panel, SurveyFormPanel.SaveEvent event, Writer writer) {
        try {
            writer.write(event.answers(), event.submit());
            panel.markMissing(java.util.Set.of());
            panel.showState(event.submit() ? ResponseState.SUBMITTED : ResponseState.DRAFT);
            notify(panel.getTranslation(event.submit() ? "survey.submitted" : "survey.draftSaved"), NotificationVariant.LUMO_SUCCESS);
        } catch (IncompleteResponseException e) {
            panel.markMissing(e.missing());
            notify(panel.getTranslation("survey.error.incomplete"), NotificationVariant.LUMO_ERROR);
        } catch (AlreadyAnsweredException e) {
            panel.showState(ResponseState.SUBMITTED);
            notify(panel.getTranslation("survey.error.alreadyAnswered"), NotificationVariant.LUMO_ERROR);
        } catch (SurveyClosedException | SurveyNotFoundException e) {
            notify(panel.getTranslation("survey.error.closed"), NotificationVariant.LUMO_ERROR);
        } catch (IllegalArgumentException e) {
            notify(panel.getTranslation("survey.error.invalid"), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
