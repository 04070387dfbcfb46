package dev.partnerportal.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.training.QuizForm;
import dev.partnerportal.ui.layout.Notices;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Writes a quiz: its rules and its question bank; given an existing quiz, edits it under the same key. */
class QuizDialog extends Dialog {

    private final List<QuestionEditor> editors = new ArrayList<>();
    private final Div questions = new Div();
    private final Paragraph error = new Paragraph();

    QuizDialog(List<String> courseCodes, @Nullable QuizForm existing, Consumer<QuizForm> onSave) {
        setHeaderTitle(getTranslation(existing == null ? "trainingAdmin.quiz.new" : "trainingAdmin.quiz.edit"));
        setWidth("min(60rem, 95vw)");
        var key = new TextField(getTranslation("trainingAdmin.quiz.key"));
        key.setHelperText(getTranslation("trainingAdmin.codeHelp"));
        key.setMaxLength(QuizForm.KEY_MAX_LENGTH);
        var title = new TextField(getTranslation("trainingAdmin.title"));
        var course = new Select<String>();
        course.setLabel(getTranslation("trainingAdmin.quiz.course"));
        course.setItems(courseCodes);
        course.setItemLabelGenerator(code -> code == null ? "" : code);
        course.setEmptySelectionAllowed(true);
        var pass = number("trainingAdmin.quiz.pass", 1, QuizForm.MAX_PASS_PERCENT, QuizForm.DEFAULT_PASS_PERCENT);
        var attempts = number("trainingAdmin.quiz.attempts", 1, QuizForm.MAX_ATTEMPTS, QuizForm.DEFAULT_ATTEMPTS);
        var cooldown = number("trainingAdmin.quiz.cooldown", 0, QuizForm.MAX_COOLDOWN_HOURS, QuizForm.DEFAULT_COOLDOWN_HOURS);
        var drawn = number("trainingAdmin.quiz.drawn", 1, QuizForm.MAX_QUESTIONS_PER_ATTEMPT, 1);
        var addQuestion = new Button(getTranslation("trainingAdmin.quiz.addQuestion"), click -> addQuestion());
        addQuestion.setId("quiz-add-question");
        error.addClassName("portal-form-error");
        key.setId("quiz-key");
        title.setId("quiz-title");
        add(new FormLayout(key, title, course, pass, attempts, cooldown, drawn), questions, addQuestion, error);
        if (existing == null) {
            addQuestion();
        } else {
            // Editing: the key is what attempts and certifications name, so it stays.
            key.setValue(existing.quizKey());
            key.setReadOnly(true);
            title.setValue(existing.title());
            course.setValue(existing.courseCode());
            pass.setValue(existing.passPercent());
            attempts.setValue(existing.maxAttempts());
            cooldown.setValue(existing.cooldownHours());
            drawn.setValue(existing.questionsPerAttempt());
            existing.questions().forEach(q -> addQuestion().show(q));
        }
        var save = new Button(getTranslation("trainingAdmin.save"), click -> {
            if (!editors.stream().map(QuestionEditor::validate).reduce(true, Boolean::logicalAnd)) {
                return;
            }
            try {
                onSave.accept(new QuizForm(key.getValue(), title.getValue(), course.getValue(), value(pass), value(attempts),
                        value(cooldown), value(drawn), editors.stream().map(QuestionEditor::value).toList()));
            } catch (RuleViolation e) {
                showError(getTranslation("trainingAdmin.invalid", Notices.message(e)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("quiz-save");
        getFooter().add(new Button(getTranslation("trainingAdmin.cancel"), click -> close()), save);
    }

    private QuestionEditor addQuestion() {
        var editor = new QuestionEditor(editors.size() + 1);
        editors.add(editor);
        questions.add(editor);
        return editor;
    }

    private IntegerField number(String label, int min, int max, int initial) {
        var field = new IntegerField(getTranslation(label));
        field.setMin(min);
        field.setMax(max);
        field.setValue(initial);
        field.setStepButtonsVisible(true);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    void showError(String message) {
        error.setText(message);
    }
}
