package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.survey.NpsTemplate;
import dev.partnerportal.survey.QuestionDraft;
import dev.partnerportal.survey.SurveyTexts;
import dev.partnerportal.ui.layout.Notices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a survey question by question (or from the NPS template) in the portal's five languages and fires a
 * save event; the view saves it. One language is edited at a time (the language picker switches every field);
 * English is required, the others optional, each missing text falling back to English for respondents.
 */
final class SurveyBuilderDialog extends Dialog {

    private final Select<String> language = new Select<>();
    private final Map<String, TextField> titles = new LinkedHashMap<>();
    private final Map<String, TextArea> intros = new LinkedHashMap<>();
    private final Div questions = new Div();
    private final List<QuestionEditor> editors = new ArrayList<>();
    private final Span error = new Span();
    private final Binder<SurveyBuilderDialog> binder = new Binder<>();

    SurveyBuilderDialog() {
        setHeaderTitle(getTranslation("survey.builder.title"));
        setWidth("min(900px, 95vw)");
        language.setLabel(getTranslation("survey.builder.language"));
        language.setHelperText(getTranslation("survey.builder.languageHint"));
        language.setItems(PortalLanguages.TAGS);
        language.setItemLabelGenerator(SurveyFormats::languageName);
        language.setValue(PortalLanguages.FALLBACK);
        language.setId("builder-language");
        language.addValueChangeListener(event -> showLanguage(event.getValue()));
        var texts = new Div();
        for (var tag : PortalLanguages.TAGS) {
            var name = SurveyFormats.languageName(tag);
            var title = new TextField(getTranslation("survey.builder.titleIn", name));
            title.setMaxLength(SurveyTexts.TITLE_MAX_LENGTH);
            title.setWidthFull();
            title.setId(tag.equals(PortalLanguages.FALLBACK) ? "survey-title" : "survey-title-" + tag);
            var intro = new TextArea(getTranslation("survey.builder.introIn", name));
            intro.setMaxLength(SurveyTexts.INTRO_MAX_LENGTH);
            intro.setWidthFull();
            intro.setId("survey-intro-" + tag);
            titles.put(tag, title);
            intros.put(tag, intro);
            texts.add(title, intro);
        }
        var englishTitle = titles.get(PortalLanguages.FALLBACK);
        binder.forField(englishTitle).asRequired(getTranslation("error.survey.title-length", SurveyTexts.TITLE_MAX_LENGTH))
                .withValidator(new StringLengthValidator(
                        getTranslation("error.survey.title-length", SurveyTexts.TITLE_MAX_LENGTH), 1, SurveyTexts.TITLE_MAX_LENGTH))
                .bind(dialog -> englishTitle.getValue(), (dialog, value) -> { });
        var add = new Button(getTranslation("survey.builder.addQuestion"), click -> addEditor(null));
        add.setId("add-question");
        var template = new Button(getTranslation("survey.builder.npsTemplate"), click -> useNpsTemplate());
        template.setId("nps-template");
        error.addClassName("portal-error");
        error.setId("builder-error");
        add(language, texts, questions, new Div(add, template), error);
        var save = new Button(getTranslation("survey.builder.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-survey");
        getFooter().add(new Button(getTranslation("survey.cancel"), click -> close()), save);
        showLanguage(PortalLanguages.FALLBACK);
    }

    /**
     * The NPS questions replace the current ones. Its titles come along only when no English title was typed
     * yet (a survey named otherwise keeps its name, untranslated); its introductions fill empty fields.
     */
    private void useNpsTemplate() {
        editors.clear();
        questions.removeAll();
        NpsTemplate.questions().forEach(this::addEditor);
        var template = NpsTemplate.texts();
        if (titles.get(PortalLanguages.FALLBACK).getValue().isBlank()) {
            template.titles().forEach((tag, text) -> fillIfEmpty(titles.get(tag), text));
        }
        template.intros().forEach((tag, text) -> fillIfEmpty(intros.get(tag), text));
    }

    private static void fillIfEmpty(HasValue<?, String> field, String text) {
        if (field != null && field.getValue().isBlank()) {
            field.setValue(text);
        }
    }

    private void addEditor(QuestionDraft draft) {
        var editor = new QuestionEditor(editors.size() + 1, draft);
        editor.showLanguage(language.getValue());
        editors.add(editor);
        questions.add(editor);
    }

    private void showLanguage(String tag) {
        titles.forEach((each, field) -> field.setVisible(each.equals(tag)));
        intros.forEach((each, field) -> field.setVisible(each.equals(tag)));
        editors.forEach(editor -> editor.showLanguage(tag));
    }

    /** Checks the fields first (each editor its own); what only the domain knows comes back as a refusal. */
    private void save() {
        var fieldsValid = binder.validate().isOk();
        fieldsValid &= editors.stream().map(QuestionEditor::validate).reduce(true, Boolean::logicalAnd);
        if (!fieldsValid || editors.isEmpty()) {
            language.setValue(PortalLanguages.FALLBACK);
            showError(getTranslation("survey.builder.invalid"));
            return;
        }
        try {
            var titleTexts = new HashMap<String, String>();
            var introTexts = new HashMap<String, String>();
            titles.forEach((tag, field) -> titleTexts.put(tag, field.getValue()));
            intros.forEach((tag, field) -> introTexts.put(tag, field.getValue()));
            var drafts = editors.stream().map(QuestionEditor::draft).toList();
            fireEvent(new SaveEvent(this, new SurveyTexts(titleTexts, introTexts), drafts));
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

        private final SurveyTexts texts;
        private final List<QuestionDraft> questions;

        SaveEvent(SurveyBuilderDialog source, SurveyTexts texts, List<QuestionDraft> questions) {
            super(source, false);
            this.texts = texts;
            this.questions = List.copyOf(questions);
        }

        SurveyTexts texts() {
            return texts;
        }

        List<QuestionDraft> questions() {
            return questions;
        }
    }
}
