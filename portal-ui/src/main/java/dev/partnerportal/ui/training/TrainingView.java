package dev.partnerportal.ui.training;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.shared.Role;
import dev.partnerportal.training.CourseOverview;
import dev.partnerportal.training.Training;
import jakarta.annotation.security.RolesAllowed;

/** The partner's training: learning paths, then every course, each with progress and a link to resume. */
@Route("training")
@Menu(order = 12, title = "nav.training")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class TrainingView extends Div implements HasDynamicTitle {

    TrainingView(Training training) {
        addClassName("portal-page");
        setId("training");
        add(new Paragraph(getTranslation("training.intro")));
        var courses = training.courses();
        courses.stream().filter(c -> c.lessonsDone() > 0 && !c.completed()).findFirst().ifPresent(c -> {
            var resume = new RouterLink(getTranslation("training.resume", c.title()), LessonView.class,
                    LessonView.parameters(c.code(), c.resumeAt().itemId()));
            resume.setId("resume-" + c.code());
            var banner = new Div(resume);
            banner.addClassName("training-resume");
            add(banner);
        });
        for (var path : training.paths()) {
            var card = new Div(new H3(path.title()), new Paragraph(path.summary()),
                    new Paragraph(getTranslation("training.pathProgress", path.coursesCompleted(), path.courses().size(),
                            path.estimatedMinutes())));
            var bar = new ProgressBar(0, Math.max(1, path.courses().size()), path.coursesCompleted());
            card.add(bar);
            var steps = new Div();
            steps.addClassName("training-path-steps");
            path.courses().forEach(c -> steps.add(new Span((c.completed() ? "✓ " : "○ ") + c.title())));
            card.add(steps);
            card.addClassNames("portal-card", "training-path");
            card.setId("path-" + path.code());
            add(card);
        }
        add(new H2(getTranslation("training.courses")));
        var grid = new Div();
        grid.addClassName("training-courses");
        courses.forEach(c -> grid.add(card(c)));
        add(grid);
    }

    private Div card(CourseOverview course) {
        var link = new RouterLink(course.title(), CourseView.class, new RouteParameters("code", course.code()));
        link.setId("course-" + course.code());
        var heading = new H3(link);
        var facts = new Paragraph(getTranslation("training.courseFacts", course.lessons().size(), course.estimatedMinutes()));
        facts.addClassName("portal-role");
        var status = new Span(course.completed() ? getTranslation("training.completed")
                : getTranslation("training.lessonsDone", course.lessonsDone(), course.lessons().size()));
        status.addClassName("portal-badge");
        if (course.completed()) {
            status.addClassName("portal-status-active");
        }
        var card = new Div(ProgressRing.of(course.percent(), getTranslation("training.percent", course.percent())),
                new Div(heading, new Paragraph(course.summary()), facts, status));
        card.addClassNames("portal-card", "training-course");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.pageTitle");
    }
}
