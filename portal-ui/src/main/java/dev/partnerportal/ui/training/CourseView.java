package dev.partnerportal.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.shared.Role;
import dev.partnerportal.training.CourseOverview;
import dev.partnerportal.training.QuizTaking;
import dev.partnerportal.training.Training;
import jakarta.annotation.security.RolesAllowed;

/** One course: its lessons in order with what is done, where to resume, and its quiz. */
@Route("training/course/:code")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class CourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Training training;
    private final QuizTaking quizzes;
    private String title = "";

    CourseView(Training training, QuizTaking quizzes) {
        this.training = training;
        this.quizzes = quizzes;
        addClassName("portal-page");
        setId("course");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var course = training.course(event.getRouteParameters().get("code").orElse(""));
        if (course.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(course.get());
    }

    private void show(CourseOverview course) {
        removeAll();
        title = course.title();
        var head = new Div(ProgressRing.of(course.percent(), getTranslation("training.percent", course.percent())),
                new Div(new H2(course.title()), new Paragraph(course.summary()),
                        new Paragraph(getTranslation("training.courseFacts", course.lessons().size(), course.estimatedMinutes()))));
        head.addClassName("training-course");
        add(head);
        var next = course.resumeAt();
        if (next != null) {
            var resume = new Button(getTranslation(course.lessonsDone() == 0 ? "training.start" : "training.continue"),
                    click -> getUI().ifPresent(ui -> ui.navigate(LessonView.class, LessonView.parameters(course.code(), next.itemId()))));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            resume.setId("resume");
            add(resume);
        }
        var lessons = new OrderedList();
        lessons.addClassName("portal-journey-steps");
        for (var lesson : course.lessons()) {
            var item = new ListItem(new Span(lesson.done() ? "✓" : "○"), new RouterLink(lesson.title(), LessonView.class,
                    LessonView.parameters(course.code(), lesson.itemId())));
            item.addClassName(lesson.done() ? "done" : "open");
            lessons.add(item);
        }
        add(new H3(getTranslation("training.lessons")), lessons);
        if (course.quizKey() != null) {
            quizzes.overview(course.quizKey()).ifPresent(quiz -> {
                var box = new Div(new H3(quiz.title()), new Paragraph(getTranslation("training.quizRules", quiz.questionsPerAttempt(),
                        quiz.passPercent(), quiz.attemptsLeft(), quiz.maxAttempts())));
                if (quiz.passed()) {
                    box.add(new Paragraph(getTranslation("training.quizPassed", quiz.bestScore())));
                }
                var take = new RouterLink(getTranslation("training.takeQuiz"), QuizView.class, new RouteParameters("key", quiz.quizKey()));
                take.setId("take-quiz");
                box.add(take);
                box.addClassName("portal-card");
                add(box);
            });
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
