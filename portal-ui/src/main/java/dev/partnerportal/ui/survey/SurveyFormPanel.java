package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.survey.Answer;
import dev.partnerportal.survey.ResponseState;
import dev.partnerportal.survey.SurveyForm;
import dev.partnerportal.ui.i18n.SupportedLanguages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A wave's questions as a form, wholly in {@code locale} (the respondent's language): the survey's texts (English
 * where one is not written in it), the panel's own words and its direction, right to left for Arabic even on a
 * page in another language. Follow-ups appear when their parent's answer is in range. The panel fires save and
 * submit events with the answers; the view calls the service (the panel never does).
 */
class SurveyFormPanel extends Div {

    private final List<QuestionField> fields = new ArrayList<>();
    private final Div status = new Div();
    private final Locale locale;

    SurveyFormPanel(SurveyForm form, Locale locale) {
        this.locale = locale;
        addClassName("portal-survey-form");
        setId("survey-form");
        setLocaleDirection();
        add(new H2(form.survey().title(locale) + " · " + form.wave().name()));
        var intro = form.survey().intro(locale);
        if (intro != null) {
            var introduction = new Paragraph(intro);
            introduction.setId("survey-intro");
            introduction.addClassName("portal-survey-intro");
            add(introduction);
        }
        status.setId("survey-status");
        status.addClassName("portal-survey-status");
        status.setText(getTranslation(locale, "survey.state." + form.state().name()));
        add(status);
        var byOrdinal = new HashMap<Integer, QuestionField>();
        for (var question : form.survey().questions()) {
            var field = new QuestionField(question, locale, key -> getTranslation(locale, key));
            field.show(form.answers().get(question.id()));
            field.setReadOnly(!form.editable());
            fields.add(field);
            byOrdinal.put(question.ordinal(), field);
            add(field.component());
        }
        for (var field : fields) {
            var parentOrdinal = field.question().parentOrdinal();
            if (parentOrdinal != null) {
                var parent = byOrdinal.get(parentOrdinal);
                Runnable update = () -> field.component().setVisible(field.question().isShownAfter(parent.answer()));
                parent.input().addValueChangeListener(event -> update.run());
                update.run();
            }
        }
        if (form.editable()) {
            var save = new Button(getTranslation(locale, "survey.saveDraft"), click -> fireEvent(new SaveEvent(this, answers(), false)));
            save.setId("survey-save");
            var submit = new Button(getTranslation(locale, "survey.submit"), click -> fireEvent(new SaveEvent(this, answers(), true)));
            submit.setId("survey-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var buttons = new Div(save, submit);
            buttons.addClassName("portal-buttons");
            add(new Paragraph(getTranslation(locale, "survey.draftHint", SurveyFormats.dateTime(form.wave().closesAt(), locale))), buttons);
        } else if (form.state() == ResponseState.SUBMITTED) {
            add(new Paragraph(getTranslation(locale, "survey.thanks")));
        }
    }

    private void setLocaleDirection() {
        getElement().setAttribute("dir", SupportedLanguages.directionOf(locale) == Direction.RIGHT_TO_LEFT ? "rtl" : "ltr");
        getElement().setAttribute("lang", locale.toLanguageTag());
    }

    /** The answers given so far, by question id; hidden follow-ups are left out. */
    Map<Long, Answer> answers() {
        var answers = new HashMap<Long, Answer>();
        for (var field : fields) {
            var answer = field.answer();
            if (answer != null) {
                answers.put(field.question().id(), answer);
            }
        }
        return answers;
    }

    /** Marks the questions that still need an answer. */
    void markMissing(Set<Long> questionIds) {
        fields.forEach(field -> field.setInvalid(questionIds.contains(field.question().id())));
    }

    void showState(ResponseState state) {
        status.setText(getTranslation(locale, "survey.state." + state.name()));
        if (state == ResponseState.SUBMITTED) {
            fields.forEach(field -> field.setReadOnly(true));
            getChildren().filter(c -> c.getClassNames().contains("portal-buttons")).toList().forEach(this::remove);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The respondent asked to save a draft ({@code submit} false) or to submit. */
    static final class SaveEvent extends ComponentEvent<SurveyFormPanel> {

        private final Map<Long, Answer> answers;
        private final boolean submit;

        SaveEvent(SurveyFormPanel source, Map<Long, Answer> answers, boolean submit) {
            super(source, false);
            this.answers = Map.copyOf(answers);
            this.submit = submit;
        }

        Map<Long, Answer> answers() {
            return answers;
        }

        boolean submit() {
            return submit;
        }
    }
}
