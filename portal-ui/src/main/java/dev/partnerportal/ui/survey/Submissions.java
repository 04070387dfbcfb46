package dev.partnerportal.ui.survey;

import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.AlreadyAnsweredException;
import dev.partnerportal.survey.Answer;
import dev.partnerportal.survey.IncompleteResponseException;
import dev.partnerportal.survey.ResponseState;
import dev.partnerportal.ui.layout.Notices;
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
            Notices.success(panel.getTranslation(event.submit() ? "survey.submitted" : "survey.draftSaved"));
        } catch (IncompleteResponseException e) {
            panel.markMissing(e.missing());
            Notices.error(panel.getTranslation("survey.error.incomplete"));
        } catch (AlreadyAnsweredException e) {
            panel.showState(ResponseState.SUBMITTED);
            Notices.error(panel.getTranslation("survey.error.alreadyAnswered"));
        } catch (RuleViolation e) {
            Notices.refused(e);
        }
    }
}
