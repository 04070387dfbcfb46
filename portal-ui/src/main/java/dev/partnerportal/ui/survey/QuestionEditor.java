package dev.partnerportal.ui.survey;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.survey.QuestionDraft;
import dev.partnerportal.survey.QuestionKind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One question in the builder: kind, wording and options in English and Arabic, and an optional condition. */
final class QuestionEditor extends Div {

    private final Select<QuestionKind> kind = new Select<>();
    private final Checkbox required = new Checkbox();
    private final TextField english = new TextField();
    private final TextField arabic = new TextField();
    private final TextArea englishOptions = new TextArea();
    private final TextArea arabicOptions = new TextArea();
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
        english.setLabel(getTranslation("survey.builder.textEn"));
        arabic.setLabel(getTranslation("survey.builder.textAr"));
        english.setMaxLength(QuestionDraft.TEXT_MAX_LENGTH);
        arabic.setMaxLength(QuestionDraft.TEXT_MAX_LENGTH);
        englishOptions.setLabel(getTranslation("survey.builder.optionsEn"));
        arabicOptions.setLabel(getTranslation("survey.builder.optionsAr"));
        parent.setLabel(getTranslation("survey.builder.parent"));
        showFrom.setLabel(getTranslation("survey.builder.showFrom"));
        showTo.setLabel(getTranslation("survey.builder.showTo"));
        english.setWidthFull();
        arabic.setWidthFull();
        binder.forField(kind).asRequired(getTranslation("survey.builder.invalid")).bind(editor -> editor.kind.getValue(), (editor, value) -> { });
        binder.forField(english).asRequired(getTranslation("error.survey.question-text-required"))
                .bind(editor -> editor.english.getValue(), (editor, value) -> { });
        // A follow-up names its parent and both ends of the answer range, or none of them.
        binder.forField(showTo)
                .withValidator(to -> (parent.getValue() == null) == (showFrom.getValue() == null)
                        && (showFrom.getValue() == null) == (to == null), getTranslation("error.survey.follow-up-incomplete"))
                .bind(editor -> editor.showTo.getValue(), (editor, value) -> { });
        if (draft != null) {
            kind.setValue(draft.kind());
            required.setValue(draft.required());
            english.setValue(draft.texts().get("en"));
            arabic.setValue(draft.texts().getOrDefault("ar", ""));
            englishOptions.setValue(String.join("\n", draft.options().getOrDefault("en", List.of())));
            arabicOptions.setValue(String.join("\n", draft.options().getOrDefault("ar", List.of())));
            parent.setValue(draft.parentOrdinal());
            showFrom.setValue(draft.showFrom());
            showTo.setValue(draft.showTo());
        }
        var condition = new Div(parent, showFrom, showTo);
        condition.addClassName("portal-inline-fields");
        var options = new Div(englishOptions, arabicOptions);
        options.addClassName("portal-inline-fields");
        var head = new Div(kind, required);
        head.addClassName("portal-inline-fields");
        add(new H4(getTranslation("survey.builder.question", ordinal)), head, english, arabic, options, condition);
    }

    /** Whether the fields are filled in; shows what is missing next to the field. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** The question as drafted; throws a {@link dev.partnerportal.shared.RuleViolation} when the domain refuses it. */
    QuestionDraft draft() {
        var texts = new HashMap<String, String>();
        texts.put("en", english.getValue());
        if (!arabic.getValue().isBlank()) {
            texts.put("ar", arabic.getValue());
        }
        var options = new HashMap<String, List<String>>();
        putOptions(options, "en", englishOptions.getValue());
        putOptions(options, "ar", arabicOptions.getValue());
        return new QuestionDraft(kind.getValue(), required.getValue(), texts, options, parent.getValue(),
                showFrom.getValue(), showTo.getValue());
    }

    private static void putOptions(HashMap<String, List<String>> options, String language, String lines) {
        var list = Arrays.stream(lines.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!list.isEmpty()) {
            options.put(language, list);
        }
    }
}
