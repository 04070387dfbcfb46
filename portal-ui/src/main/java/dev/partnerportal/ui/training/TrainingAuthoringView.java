package dev.partnerportal.ui.training;

import com.vaadin.flow.component.button.Button;
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

/** Content editors write courses (from published training lessons) and quizzes with their question banks. */
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
        courses.setAllRowsVisible(true);
        courses.setId("courses-grid");
        quizzes.addColumn(TrainingAuthoring.QuizDraft::quizKey).setHeader(getTranslation("trainingAdmin.quiz.key"));
        quizzes.addColumn(TrainingAuthoring.QuizDraft::title).setHeader(getTranslation("trainingAdmin.title")).setFlexGrow(2);
        quizzes.addColumn(TrainingAuthoring.QuizDraft::courseCode).setHeader(getTranslation("trainingAdmin.quiz.course"));
        quizzes.addColumn(q -> getTranslation("trainingAdmin.quiz.rules", q.questionsPerAttempt(), q.bankSize(),
                q.passPercent(), q.maxAttempts(), q.cooldownHours())).setHeader(getTranslation("trainingAdmin.quiz.rulesHeader")).setFlexGrow(2);
        quizzes.setAllRowsVisible(true);
        quizzes.setId("quizzes-grid");
        var newCourse = new Button(getTranslation("trainingAdmin.course.new"), click -> openCourseDialog());
        newCourse.setId("new-course");
        var newQuiz = new Button(getTranslation("trainingAdmin.quiz.new"), click -> openQuizDialog());
        newQuiz.setId("new-quiz");
        add(new Paragraph(getTranslation("trainingAdmin.intro")), new H3(getTranslation("training.courses")), newCourse, courses,
                new H3(getTranslation("trainingAdmin.quizzes")), newQuiz, quizzes);
        refresh();
    }

    private void refresh() {
        courses.setItems(training.courses());
        quizzes.setItems(authoring.quizzes());
    }

    private void openCourseDialog() {
        var dialog = new CourseDialog[1];
        dialog[0] = new CourseDialog(authoring.lessonCandidates(), form -> {
            try {
                authoring.saveCourse(form);
                dialog[0].close();
                Notices.success(getTranslation("trainingAdmin.saved"));
                refresh();
            } catch (RuleViolation e) {
                dialog[0].showError(getTranslation("trainingAdmin.invalid", Notices.message(e)));
            }
        });
        dialog[0].open();
    }

    private void openQuizDialog() {
        var dialog = new QuizDialog[1];
        dialog[0] = new QuizDialog(training.courses().stream().map(CourseOverview::code).toList(), form -> {
            authoring.saveQuiz(form);
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
