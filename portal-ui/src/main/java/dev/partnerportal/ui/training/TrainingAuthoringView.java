package dev.partnerportal.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.training.CourseOverview;
import dev.partnerportal.training.Training;
import dev.partnerportal.training.TrainingAuthoring;
import dev.partnerportal.ui.layout.Notices;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Content editors write learning paths (ordered courses, in catalog order), courses (from published training
 * lessons) and quizzes with their question banks, and edit each in place.
 */
@Route("training-admin")
@Menu(order = 27, title = "nav.trainingAdmin")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CONTENT_EDITOR})
public class TrainingAuthoringView extends Div implements HasDynamicTitle {

    private final Training training;
    private final TrainingAuthoring authoring;
    private final Grid<CourseOverview> courses = new Grid<>();
    private final Grid<TrainingAuthoring.QuizDraft> quizzes = new Grid<>();

    TrainingAuthoringView(Training training, TrainingAuthoring authoring) {
        this.training = training;
        this.authoring = authoring;
        addClassName("portal-page");
        setId("training-admin");
        courses.addColumn(CourseOverview::code).setHeader(getTranslation("trainingAdmin.code"));
        courses.addColumn(CourseOverview::title).setHeader(getTranslation("trainingAdmin.title")).setFlexGrow(2);
        courses.addColumn(c -> c.lessons().size()).setHeader(getTranslation("trainingAdmin.lessons"));
        courses.addColumn(CourseOverview::estimatedMinutes).setHeader(getTranslation("trainingAdmin.minutes"));
        courses.addComponentColumn(c -> edit("course-edit-" + c.code(), () -> openCourseDialog(c.code())));
        courses.setAllRowsVisible(true);
        courses.setId("courses-grid");
        quizzes.addColumn(TrainingAuthoring.QuizDraft::quizKey).setHeader(getTranslation("trainingAdmin.quiz.key"));
        quizzes.addColumn(TrainingAuthoring.QuizDraft::title).setHeader(getTranslation("trainingAdmin.title")).setFlexGrow(2);
        quizzes.addColumn(TrainingAuthoring.QuizDraft::courseCode).setHeader(getTranslation("trainingAdmin.quiz.course"));
        quizzes.addColumn(q -> getTranslation("trainingAdmin.quiz.rules", q.questionsPerAttempt(), q.bankSize(),
                q.passPercent(), q.maxAttempts(), q.cooldownHours())).setHeader(getTranslation("trainingAdmin.quiz.rulesHeader")).setFlexGrow(2);
        quizzes.addComponentColumn(q -> edit("quiz-edit-" + q.quizKey(), () -> openQuizDialog(q.quizKey())));
        quizzes.setAllRowsVisible(true);
        quizzes.setId("quizzes-grid");
        var newCourse = new Button(getTranslation("trainingAdmin.course.new"), click -> openCourseDialog(null));
        newCourse.setId("new-course");
        var newQuiz = new Button(getTranslation("trainingAdmin.quiz.new"), click -> openQuizDialog(null));
        newQuiz.setId("new-quiz");
        add(new Paragraph(getTranslation("trainingAdmin.intro")), new PathsPanel(authoring),
                new H3(getTranslation("training.courses")), newCourse, courses,
                new H3(getTranslation("trainingAdmin.quizzes")), newQuiz, quizzes);
        refresh();
    }

    private void refresh() {
        courses.setItems(training.courses());
        quizzes.setItems(authoring.quizzes());
    }

    private Button edit(String id, Runnable open) {
        var button = new Button(getTranslation("trainingAdmin.edit"), click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId(id);
        return button;
    }

    /** A new course, or the course {@code code} edited in place (its progress and completions stay). */
    private void openCourseDialog(@Nullable String code) {
        var existing = code == null ? null : authoring.course(code).orElse(null);
        var dialog = new CourseDialog[1];
        dialog[0] = new CourseDialog(authoring.lessonCandidates(), existing, form -> {
            try {
                if (existing == null) {
                    authoring.createCourse(form);
                } else {
                    authoring.updateCourse(existing.code(), form);
                }
                dialog[0].close();
                Notices.success(getTranslation("trainingAdmin.saved"));
                refresh();
            } catch (RuleViolation e) {
                dialog[0].showError(getTranslation("trainingAdmin.invalid", Notices.message(e)));
            }
        });
        dialog[0].open();
    }

    /** A new quiz, or the quiz {@code key} edited in place (attempts stay; changed questions are retired). */
    private void openQuizDialog(@Nullable String key) {
        var existing = key == null ? null : authoring.quiz(key).orElse(null);
        var dialog = new QuizDialog[1];
        dialog[0] = new QuizDialog(authoring.courseCatalog().stream().map(dev.partnerportal.training.CourseForm::code).toList(),
                existing, form -> {
            if (existing == null) {
                authoring.createQuiz(form);
            } else {
                authoring.updateQuiz(existing.quizKey(), form);
            }
            dialog[0].close();
            Notices.success(getTranslation("trainingAdmin.saved"));
            refresh();
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainingAdmin.pageTitle");
    }
}
