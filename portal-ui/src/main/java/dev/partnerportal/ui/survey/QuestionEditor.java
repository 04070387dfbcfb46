package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.survey.QuestionDraft;
import dev.partnerportal.survey.QuestionKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One question in the builder: kind, wording and options in each portal language (one language shown at a
 * time, see {@link #showLanguage}), and an optional condition. English wording is required.
 */
final class QuestionEditor extends Div {

    private final Select<QuestionKind> kind = new Select<>();
    private final Checkbox required = new Checkbox();
    private final Map<String, TextField> texts = new LinkedHashMap<>();
    private final Map<String, TextArea> options = new LinkedHashMap<>();
    private final IntegerField parent = new IntegerField();
    private final IntegerField showFrom = new IntegerField();
    private final IntegerField showTo = new IntegerField();
    private final Binder<QuestionEditor> binder = new Binder<>();

    QuestionEditor(int ordinal, @Nullable QuestionDraft draft) {
        addClassName("portal-question-editor");
        setId("question-editor-" + ordinal);
        kind.setLabel(getTranslation("survey.builder.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("survey.kind." + k.name()));
        kind.setValue(QuestionKind.NPS);
        required.setLabel(getTranslation("survey.builder.required"));
        var wording = new Div();
        for (var tag : PortalLanguages.TAGS) {
            var name = SurveyFormats.languageName(tag);
            var text = new TextField(getTranslation("survey.builder.textIn", name));
            text.setMaxLength(QuestionDraft.TEXT_MAX_LENGTH);
            text.setWidthFull();
            text.setId("question-text-" + ordinal + "-" + tag);
            var choices = new TextArea(getTranslation("survey.builder.optionsIn", name));
            choices.setWidthFull();
            choices.setId("question-options-" + ordinal + "-" + tag);
            texts.put(tag, text);
            options.put(tag, choices);
            wording.add(text, choices);
        }
        parent.setLabel(getTranslation("survey.builder.parent"));
        showFrom.setLabel(getTranslation("survey.builder.showFrom"));
        showTo.setLabel(getTranslation("survey.builder.showTo"));
        var english = texts.get(PortalLanguages.FALLBACK);
        binder.forField(kind).asRequired(getTranslation("survey.builder.invalid")).bind(editor -> editor.kind.getValue(), (editor, value) -> { });
        binder.forField(english).asRequired(getTranslation("error.survey.question-text-required"))
                .bind(editor -> english.getValue(), (editor, value) -> { });
        // A follow-up names its parent and both ends of the answer range, or none of them.
        binder.forField(showTo)
                .withValidator(to -> (parent.getValue() == null) == (showFrom.getValue() == null)
                        && (showFrom.getValue() == null) == (to == null), getTranslation("error.survey.follow-up-incomplete"))
                .bind(editor -> editor.showTo.getValue(), (editor, value) -> { });
        if (draft != null) {
            kind.setValue(draft.kind());
            required.setValue(draft.required());
            draft.texts().forEach((tag, text) -> {
                if (texts.containsKey(tag)) {
                    texts.get(tag).setValue(text);
                }
            });
            draft.options().forEach((tag, list) -> {
                if (options.containsKey(tag)) {
                    options.get(tag).setValue(String.join("\n", list));
                }
            });
            parent.setValue(draft.parentOrdinal());
            showFrom.setValue(draft.showFrom());
            showTo.setValue(draft.showTo());
        }
        var condition = new Div(parent, showFrom, showTo);
        condition.addClassName("portal-inline-fields");
        var head = new Div(kind, required);
        head.addClassName("portal-inline-fields");
        add(new H4(getTranslation("survey.builder.question", ordinal)), head, wording, condition);
        showLanguage(PortalLanguages.FALLBACK);
    }

    /** Shows the wording and options of {@code tag} only. */
    void showLanguage(String tag) {
        texts.forEach((each, field) -> field.setVisible(each.equals(tag)));
        options.forEach((each, field) -> field.setVisible(each.equals(tag)));
    }

    /** Whether the fields are filled in; shows what is missing next to the field. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** The question as drafted; throws a {@link dev.partnerportal.shared.RuleViolation} when the domain refuses it. */
    QuestionDraft draft() {
        var wording = new HashMap<String, String>();
        texts.forEach((tag, field) -> {
            if (!field.getValue().isBlank()) {
                wording.put(tag, field.getValue());
            }
        });
        var choices = new HashMap<String, List<String>>();
        options.forEach((tag, field) -> putOptions(choices, tag, field.getValue()));
        return new QuestionDraft(kind.getValue(), required.getValue(), wording, choices, parent.getValue(),
                showFrom.getValue(), showTo.getValue());
    }

    private static void putOptions(Map<String, List<String>> options, String language, String lines) {
        var list = Arrays.stream(lines.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!list.isEmpty()) {
            options.put(language, list);
        }
    }
}
