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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.partnerportal.training.CourseForm;
import dev.partnerportal.training.PathForm;
import dev.partnerportal.training.TrainingAuthoring;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a learning path: code, texts, and its courses in the order partners take them (add, move up or down,
 * remove). Given an existing path it edits that path: the code is shown but cannot change.
 */
class PathDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final List<String> chosen = new ArrayList<>();
    private final Map<String, String> titles;
    private final OrderedList courses = new OrderedList();
    private final Paragraph error = new Paragraph();
    private final Binder<PathDialog> binder = new Binder<>();

    PathDialog(List<CourseForm> catalog, TrainingAuthoring.@Nullable PathDraft existing, Consumer<PathForm> onSave) {
        titles = catalog.stream().collect(Collectors.toMap(CourseForm::code, CourseForm::title));
        setHeaderTitle(getTranslation(existing == null ? "trainingAdmin.path.new" : "trainingAdmin.path.edit"));
        code.setLabel(getTranslation("trainingAdmin.code"));
        code.setHelperText(getTranslation("trainingAdmin.codeHelp"));
        code.setMaxLength(CourseForm.CODE_MAX_LENGTH);
        code.setId("path-code");
        title.setLabel(getTranslation("trainingAdmin.title"));
        title.setMaxLength(CourseForm.TITLE_MAX_LENGTH);
        title.setId("path-title");
        summary.setLabel(getTranslation("trainingAdmin.summary"));
        summary.setMaxLength(CourseForm.SUMMARY_MAX_LENGTH);
        summary.setId("path-summary");
        binder.forField(code).asRequired(getTranslation("trainingAdmin.validation.required"))
                .withValidator(new RegexpValidator(getTranslation("trainingAdmin.codeHelp"), CourseDialog.CODE_PATTERN))
                .bind(d -> d.code.getValue(), (d, v) -> { });
        binder.forField(title).asRequired(getTranslation("trainingAdmin.validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("trainingAdmin.validation.required"), 1, CourseForm.TITLE_MAX_LENGTH))
                .bind(d -> d.title.getValue(), (d, v) -> { });
        var add = new Select<String>();
        add.setLabel(getTranslation("trainingAdmin.path.addCourse"));
        add.setItems(catalog.stream().map(CourseForm::code).toList());
        add.setItemLabelGenerator(c -> c == null ? "" : titles.getOrDefault(c, c));
        add.setId("path-add-course");
        add.addValueChangeListener(e -> {
            if (e.getValue() != null && !chosen.contains(e.getValue()) && chosen.size() < PathForm.MAX_COURSES) {
                chosen.add(e.getValue());
                renderCourses();
            }
        });
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            title.setValue(existing.title());
            summary.setValue(existing.summary());
            chosen.addAll(existing.courseCodes());
            renderCourses();
        }
        error.addClassName("portal-form-error");
        error.setId("path-error");
        add(new FormLayout(code, title, summary, add), new Div(new Span(getTranslation("trainingAdmin.path.courses")), courses), error);
        var save = new Button(getTranslation("trainingAdmin.save"), click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            if (chosen.isEmpty()) {
                showError(getTranslation("trainingAdmin.validation.courses"));
                return;
            }
            onSave.accept(new PathForm(code.getValue(), title.getValue(), summary.getValue(), List.copyOf(chosen)));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("path-save");
        getFooter().add(new Button(getTranslation("trainingAdmin.cancel"), click -> close()), save);
    }

    private void renderCourses() {
        courses.removeAll();
        courses.setId("path-courses");
        for (int i = 0; i < chosen.size(); i++) {
            int index = i;
            var course = chosen.get(i);
            var up = small("trainingAdmin.moveUp", "path-course-up-" + course, () -> Collections.swap(chosen, index, index - 1));
            up.setEnabled(index > 0);
            var down = small("trainingAdmin.moveDown", "path-course-down-" + course, () -> Collections.swap(chosen, index, index + 1));
            down.setEnabled(index < chosen.size() - 1);
            var remove = small("trainingAdmin.remove", "path-course-remove-" + course, () -> chosen.remove(index));
            var item = new ListItem(new Span(titles.getOrDefault(course, course) + " "), up, down, remove);
            item.addClassName("training-path-course");
            courses.add(item);
        }
    }

    private Button small(String label, String id, Runnable change) {
        var button = new Button(getTranslation(label), click -> {
            change.run();
            renderCourses();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId(id);
        return button;
    }

    void showError(String message) {
        error.setText(message);
    }
}
