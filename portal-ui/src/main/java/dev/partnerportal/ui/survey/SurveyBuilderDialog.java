package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.NpsTemplate;
import dev.partnerportal.survey.QuestionDraft;
import dev.partnerportal.survey.SurveyDefinition;
import dev.partnerportal.ui.layout.Notices;
import java.util.ArrayList;
import java.util.List;

/** Builds a survey question by question (or from the NPS template) and fires a save event; the view saves it. */
final class SurveyBuilderDialog extends Dialog {

    private final TextField title = new TextField();
    private final Div questions = new Div();
    private final List<QuestionEditor> editors = new ArrayList<>();
    private final Span error = new Span();
    private final Binder<SurveyBuilderDialog> binder = new Binder<>();

    SurveyBuilderDialog() {
        setHeaderTitle(getTranslation("survey.builder.title"));
        setWidth("min(900px, 95vw)");
        title.setLabel(getTranslation("survey.builder.surveyTitle"));
        title.setMaxLength(SurveyDefinition.TITLE_MAX_LENGTH);
        title.setWidthFull();
        title.setId("survey-title");
        binder.forField(title).asRequired(getTranslation("error.survey.title-length", SurveyDefinition.TITLE_MAX_LENGTH))
                .withValidator(new StringLengthValidator(
                        getTranslation("error.survey.title-length", SurveyDefinition.TITLE_MAX_LENGTH), 1, SurveyDefinition.TITLE_MAX_LENGTH))
                .bind(dialog -> dialog.title.getValue(), (dialog, value) -> { });
        var add = new Button(getTranslation("survey.builder.addQuestion"), click -> addEditor(null));
        add.setId("add-question");
        var template = new Button(getTranslation("survey.builder.npsTemplate"), click -> {
            editors.clear();
            questions.removeAll();
            NpsTemplate.questions().forEach(this::addEditor);
        });
        template.setId("nps-template");
        error.addClassName("portal-error");
        error.setId("builder-error");
        add(title, questions, new Div(add, template), error);
        var save = new Button(getTranslation("survey.builder.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-survey");
        getFooter().add(new Button(getTranslation("survey.cancel"), click -> close()), save);
    }

    private void addEditor(QuestionDraft draft) {
        var editor = new QuestionEditor(editors.size() + 1, draft);
        editors.add(editor);
        questions.add(editor);
    }

    /** Checks the fields first (each editor its own); what only the domain knows comes back as a refusal. */
    private void save() {
        var fieldsValid = binder.validate().isOk();
        fieldsValid &= editors.stream().map(QuestionEditor::validate).reduce(true, Boolean::logicalAnd);
        if (!fieldsValid || editors.isEmpty()) {
            showError(getTranslation("survey.builder.invalid"));
            return;
        }
        try {
            var drafts = editors.stream().map(QuestionEditor::draft).toList();
            fireEvent(new SaveEvent(this, title.getValue(), drafts));
        } catch (RuleViolation e) {
            showError(Notices.message(e));
        }
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<SurveyBuilderDialog> {

        private final String title;
        private final List<QuestionDraft> questions;

        SaveEvent(SurveyBuilderDialog source, String title, List<QuestionDraft> questions) {
            super(source, false);
            this.title = title;
            this.questions = List.copyOf(questions);
        }

        String title() {
            return title;
        }

        List<QuestionDraft> questions() {
            return questions;
        }
    }
}
