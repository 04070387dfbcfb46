package dev.partnerportal.ui.training;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.partnerportal.shared.Role;
import dev.partnerportal.training.QuestionKind;
import dev.partnerportal.training.QuizSheet;
import dev.partnerportal.training.QuizTaking;
import dev.partnerportal.training.QuizUnavailableException;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Taking a quiz: the drawn questions in this attempt's order, then the score, which questions were right,
 * and the certification a pass earned. The page never holds the answer key; the server scores.
 */
@Route("training/quiz/:key")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizTaking quizzes;
    private String title = "";

    QuizView(QuizTaking quizzes) {
        this.quizzes = quizzes;
        addClassName("portal-page");
        setId("quiz");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var key = event.getRouteParameters().get("key").orElse("");
        removeAll();
        try {
            var sheet = quizzes.start(key);
            if (sheet.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            show(sheet.get());
        } catch (QuizUnavailableException e) {
            title = getTranslation("training.quiz.pageTitle");
            var message = new Paragraph(e.reason() == QuizUnavailableException.Reason.NO_ATTEMPTS_LEFT
                    ? getTranslation("training.quiz.noAttemptsLeft")
                    : getTranslation("training.quiz.coolingDown", TrainingFormats.dateTime(e.until(), getLocale())));
            message.setId("quiz-unavailable");
            add(new H2(title), message);
        }
    }

    private void show(QuizSheet sheet) {
        title = sheet.title();
        add(new H2(title), new Paragraph(getTranslation("training.quiz.intro", sheet.questions().size(), sheet.passPercent())));
        var answers = new LinkedHashMap<Long, Supplier<Set<Integer>>>();
        int number = 0;
        for (var question : sheet.questions()) {
            number++;
            var label = number + ". " + question.text();
            AbstractField<?, ?> field;
            if (question.kind() == QuestionKind.MULTIPLE) {
                var group = new CheckboxGroup<QuizSheet.Option>(label);
                group.setItems(question.options());
                group.setItemLabelGenerator(QuizSheet.Option::text);
                group.setHelperText(getTranslation("training.quiz.multiple"));
                answers.put(question.questionId(), () -> group.getValue().stream().map(QuizSheet.Option::index).collect(Collectors.toSet()));
                field = group;
            } else {
                var group = new RadioButtonGroup<QuizSheet.Option>(label);
                group.setItems(question.options());
                group.setItemLabelGenerator(option -> question.kind() == QuestionKind.TRUE_FALSE
                        ? getTranslation(option.index() == 0 ? "training.quiz.true" : "training.quiz.false") : option.text());
                answers.put(question.questionId(), () -> group.getValue() == null ? Set.of() : Set.of(group.getValue().index()));
                field = group;
            }
            field.setId("question-" + number);
            field.addClassName("training-question");
            add(field);
        }
        var submit = new Button(getTranslation("training.quiz.submit"), click -> {
            var chosen = new HashMap<Long, Set<Integer>>();
            answers.forEach((id, value) -> chosen.put(id, value.get()));
            quizzes.submit(sheet.attemptId(), chosen).ifPresent(result -> {
                removeAll();
                add(new H2(title), new QuizResultPanel(result));
            });
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("quiz-submit");
        add(submit);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
