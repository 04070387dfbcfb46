package dev.partnerportal.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.training.CourseForm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Writes a course: code, texts, time, and its lessons in order (picked from published training lessons). */
class CourseDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final IntegerField minutes = new IntegerField();
    private final List<ContentSummary> chosen = new ArrayList<>();
    private final OrderedList lessons = new OrderedList();
    private final Paragraph error = new Paragraph();

    CourseDialog(List<ContentSummary> candidates, Consumer<CourseForm> onSave) {
        setHeaderTitle(getTranslation("trainingAdmin.course.new"));
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
        var add = new Select<ContentSummary>();
        add.setLabel(getTranslation("trainingAdmin.addLesson"));
        add.setItems(candidates);
        add.setItemLabelGenerator(ContentSummary::title);
        add.setId("course-add-lesson");
        add.addValueChangeListener(e -> {
            if (e.getValue() != null && !chosen.contains(e.getValue())) {
                chosen.add(e.getValue());
                renderLessons();
            }
        });
        error.addClassName("portal-form-error");
        var form = new FormLayout(code, title, summary, minutes, add);
        add(form, new Div(new Span(getTranslation("trainingAdmin.lessons")), lessons), error);
        var save = new Button(getTranslation("trainingAdmin.save"), click -> onSave.accept(new CourseForm(code.getValue(),
                title.getValue(), summary.getValue(), chosen.stream().map(c -> c.id().value()).toList(),
                minutes.getValue() == null ? 0 : minutes.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("course-save");
        getFooter().add(new Button(getTranslation("trainingAdmin.cancel"), click -> close()), save);
    }

    private void renderLessons() {
        lessons.removeAll();
        for (var lesson : chosen) {
            var remove = new Button(getTranslation("trainingAdmin.remove"), click -> {
                chosen.remove(lesson);
                renderLessons();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            lessons.add(new ListItem(new Span(lesson.title() + " "), remove));
        }
    }

    void showError(String message) {
        error.setText(message);
    }
}
