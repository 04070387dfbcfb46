package dev.partnerportal.ui.training;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.training.QuestionKind;
import dev.partnerportal.training.QuizForm;
import dev.partnerportal.training.TrainingError;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** One question of a quiz being written: kind, text, options one per line, and the numbers of the right ones. */
class QuestionEditor extends FormLayout {

    private final Select<QuestionKind> kind = new Select<>();
    private final TextField text = new TextField();
    private final TextArea options = new TextArea();
    private final Binder<QuestionEditor> binder = new Binder<>();
    private final TextField correct = new TextField();

    QuestionEditor(int number) {
        kind.setLabel(getTranslation("trainingAdmin.question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("trainingAdmin.kind." + k.name()));
        kind.setValue(QuestionKind.SINGLE);
        text.setLabel(getTranslation("trainingAdmin.question.text", number));
        text.setMaxLength(QuizForm.Question.TEXT_MAX_LENGTH);
        options.setLabel(getTranslation("trainingAdmin.question.options"));
        options.setHelperText(getTranslation("trainingAdmin.question.optionsHelp"));
        correct.setLabel(getTranslation("trainingAdmin.question.correct"));
        correct.setHelperText(getTranslation("trainingAdmin.question.correctHelp"));
        kind.addValueChangeListener(e -> options.setEnabled(e.getValue() != QuestionKind.TRUE_FALSE));
        setId("question-editor-" + number);
        binder.forField(correct).withValidator(new RegexpValidator(getTranslation("trainingAdmin.question.correctHelp"), "[0-9,،\\s]*"))
                .bind(editor -> editor.correct.getValue(), (editor, value) -> { });
        add(kind, text, options, correct);
    }

    /** Fills the editor with a saved question; option numbers are shown 1-based. */
    void show(QuizForm.Question question) {
        kind.setValue(question.kind());
        text.setValue(question.text());
        options.setValue(question.kind() == QuestionKind.TRUE_FALSE ? "" : String.join("\n", question.options()));
        correct.setValue(question.correct().stream().sorted().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", ")));
    }

    /** Whether the right options are given as numbers; says so next to the field when not. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** The question as entered; option numbers are 1-based on screen and 0-based in the form. */
    QuizForm.Question value() {
        Set<Integer> right;
        try {
            right = Arrays.stream(correct.getValue().split("[,،\\s]+")).filter(s -> !s.isBlank())
                    .map(s -> Integer.parseInt(s) - 1).collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new RuleViolation(TrainingError.QUESTION_ANSWER_KEY);
        }
        return new QuizForm.Question(kind.getValue(), text.getValue(),
                options.getValue().lines().filter(l -> !l.isBlank()).toList(), right);
    }
}
