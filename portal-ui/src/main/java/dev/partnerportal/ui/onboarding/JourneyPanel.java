package dev.partnerportal.ui.onboarding;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.partnerportal.onboarding.Journey;
import dev.partnerportal.onboarding.JourneyStep;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** A journey as a progress bar and an ordered checklist; overdue steps stand out. */
class JourneyPanel extends Div {

    /**
     * @param mayComplete which steps get a "mark as done" button
     * @param onComplete  called with the step when that button is pressed
     */
    JourneyPanel(Journey journey, Predicate<JourneyStep> mayComplete, @Nullable Consumer<JourneyStep> onComplete) {
        addClassName("portal-journey");
        var bar = new ProgressBar(0, 1, journey.progress());
        bar.setId("journey-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("onboarding.progressLabel"));
        var summary = new Span(getTranslation("onboarding.summary", journey.done(), journey.total()));
        summary.setId("journey-summary");
        var list = new OrderedList();
        list.addClassName("portal-journey-steps");
        for (var step : journey.steps()) {
            var icon = (step.done() ? VaadinIcon.CHECK_CIRCLE : step.overdue() ? VaadinIcon.EXCLAMATION_CIRCLE
                    : VaadinIcon.CIRCLE_THIN).create();
            icon.addClassName("portal-journey-icon");
            var title = new Span(step.title());
            title.addClassName("portal-journey-title");
            var meta = new Span(getTranslation("onboarding.owner." + step.owner().name()) + " · "
                    + (step.done() ? getTranslation("onboarding.done")
                    : getTranslation(step.overdue() ? "onboarding.overdueSince" : "onboarding.dueOn", LocaleFormats.date(step.dueOn(), getLocale())))
                    + (!step.done() && step.kind().completesAutomatically() ? " · " + getTranslation("onboarding.automatic") : ""));
            meta.addClassName("portal-journey-meta");
            var item = new ListItem(icon, new Div(title, meta));
            item.addClassName(step.done() ? "done" : step.overdue() ? "overdue" : "open");
            if (!step.done() && onComplete != null && mayComplete.test(step)) {
                var done = new Button(getTranslation("onboarding.markDone"), click -> onComplete.accept(step));
                done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                done.setId("complete-step-" + step.position());
                item.add(done);
            }
            list.add(item);
        }
        add(summary, bar, list);
    }
}
