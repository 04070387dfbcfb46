package dev.partnerportal.ui.training;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.shared.Role;
import dev.partnerportal.training.Training;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The lesson reader: one lesson of a course; "Done" records it and moves on to the next lesson. */
@Route("training/course/:code/lesson/:item")
@RolesAllowed({Role.Names.PARTNER_ADMIN, Role.Names.PARTNER_USER})
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Training training;
    private String title = "";

    LessonView(Training training) {
        this.training = training;
        addClassName("portal-page");
        setId("lesson");
    }

    static RouteParameters parameters(String courseCode, long itemId) {
        return new RouteParameters(Map.of("code", courseCode, "item", Long.toString(itemId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("");
        long item;
        try {
            item = Long.parseLong(event.getRouteParameters().get("item").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var lesson = training.lesson(code, item);
        if (lesson.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = lesson.get().summary().title();
        var heading = new H2(title);
        heading.setId("lesson-title");
        var body = new Html("<div class=\"library-body\">" + lesson.get().html() + "</div>");
        var done = new Button(getTranslation("training.lessonDone"), click -> training.completeLesson(code, item)
                .ifPresent(course -> getUI().ifPresent(ui -> {
                    var next = course.resumeAt();
                    if (next == null) {
                        ui.navigate(CourseView.class, new RouteParameters("code", code));
                    } else {
                        ui.navigate(LessonView.class, parameters(code, next.itemId()));
                    }
                })));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("lesson-done");
        add(new RouterLink(getTranslation("training.backToCourse"), CourseView.class, new RouteParameters("code", code)),
                heading, new Paragraph(lesson.get().summary().summary()), body, done);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
