package dev.partnerportal.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.training.CourseForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a course: code, texts, time, and its lessons in order (picked from published training lessons). Given
 * an existing course it edits that course: the code is shown but cannot change.
 */
class CourseDialog extends Dialog {

    /** Code pattern the domain accepts (see the code help text). */
    static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{0,59}";

    private final TextField code = new TextField();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final IntegerField minutes = new IntegerField();
    private final List<Long> chosen = new ArrayList<>();
    private final Map<Long, String> titles;
    private final OrderedList lessons = new OrderedList();
    private final Paragraph error = new Paragraph();
    private final Binder<CourseDialog> binder = new Binder<>();

    CourseDialog(List<ContentSummary> candidates, @Nullable CourseForm existing, Consumer<CourseForm> onSave) {
        titles = candidates.stream().collect(Collectors.toMap(c -> c.id().value(), ContentSummary::title, (a, b) -> a));
        setHeaderTitle(getTranslation(existing == null ? "trainingAdmin.course.new" : "trainingAdmin.course.edit"));
        code.setLabel(getTranslation("trainingAdmin.code"));
        code.setHelperText(getTranslation("trainingAdmin.codeHelp"));
        code.setMaxLength(CourseForm.CODE_MAX_LENGTH);
        code.setId("course-code");
        title.setLabel(getTranslation("trainingAdmin.title"));
        title.setMaxLength(CourseForm.TITLE_MAX_LENGTH);
        title.setId("course-title");
        summary.setLabel(getTranslation("trainingAdmin.summary"));
        summary.setMaxLength(CourseForm.SUMMARY_MAX_LENGTH);
        minutes.setLabel(getTranslation("trainingAdmin.minutes"));
        minutes.setMin(1);
        minutes.setMax(CourseForm.MAX_ESTIMATED_MINUTES);
        minutes.setId("course-minutes");
        bind();
        var add = new Select<ContentSummary>();
        add.setLabel(getTranslation("trainingAdmin.addLesson"));
        add.setItems(candidates);
        add.setItemLabelGenerator(ContentSummary::title);
        add.setId("course-add-lesson");
        add.addValueChangeListener(e -> {
            if (e.getValue() != null && !chosen.contains(e.getValue().id().value())) {
                chosen.add(e.getValue().id().value());
                renderLessons();
            }
        });
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            title.setValue(existing.title());
            summary.setValue(existing.summary());
            minutes.setValue(existing.estimatedMinutes());
            chosen.addAll(existing.lessonItemIds());
            renderLessons();
        }
        error.addClassName("portal-form-error");
        error.setId("course-error");
        var form = new FormLayout(code, title, summary, minutes, add);
        add(form, new Div(new Span(getTranslation("trainingAdmin.lessons")), lessons), error);
        var save = new Button(getTranslation("trainingAdmin.save"), click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            if (chosen.isEmpty()) {
                showError(getTranslation("trainingAdmin.validation.lessons"));
                return;
            }
            onSave.accept(new CourseForm(code.getValue(), title.getValue(), summary.getValue(), List.copyOf(chosen),
                    minutes.getValue()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("course-save");
        getFooter().add(new Button(getTranslation("trainingAdmin.cancel"), click -> close()), save);
    }

    private void bind() {
        binder.forField(code).asRequired(getTranslation("trainingAdmin.validation.required"))
                .withValidator(new RegexpValidator(getTranslation("trainingAdmin.codeHelp"), CODE_PATTERN))
                .bind(d -> d.code.getValue(), (d, v) -> { });
        binder.forField(title).asRequired(getTranslation("trainingAdmin.validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("trainingAdmin.validation.required"), 1, CourseForm.TITLE_MAX_LENGTH))
                .bind(d -> d.title.getValue(), (d, v) -> { });
        binder.forField(minutes).asRequired(getTranslation("trainingAdmin.validation.minutes", CourseForm.MAX_ESTIMATED_MINUTES))
                .withValidator(new IntegerRangeValidator(getTranslation("trainingAdmin.validation.minutes", CourseForm.MAX_ESTIMATED_MINUTES),
                        1, CourseForm.MAX_ESTIMATED_MINUTES))
                .bind(d -> d.minutes.getValue(), (d, v) -> { });
    }

    private void renderLessons() {
        lessons.removeAll();
        for (var lesson : List.copyOf(chosen)) {
            var remove = new Button(getTranslation("trainingAdmin.remove"), click -> {
                chosen.remove(lesson);
                renderLessons();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setId("course-remove-" + lesson);
            lessons.add(new ListItem(new Span(titles.getOrDefault(lesson, "#" + lesson) + " "), remove));
        }
    }

    void showError(String message) {
        error.setText(message);
    }
}
