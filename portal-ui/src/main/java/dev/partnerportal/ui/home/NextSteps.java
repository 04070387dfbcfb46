package dev.partnerportal.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.partnerportal.certification.CertificationStatus;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.content.ContentForMe;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.notification.NotificationChannel;
import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notifications;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.survey.ResponseState;
import dev.partnerportal.survey.SurveyCollection;
import dev.partnerportal.ui.layout.StaticHtml;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * What the partner should do next, each item linking where it is done: overdue onboarding steps and the next one,
 * certifications expiring (to the renewal quiz when there is one), open surveys, and items published for the
 * organization's industries since the person's last visit to their home, and items editors feature. Escalations and commitments that need
 * them have their own panels below. The list is read-only markup ({@link StaticHtml}): one element of the UI tree
 * however many steps there are.
 */
class NextSteps extends Div {

    static final int NEW_CONTENT_SHOWN = 5;
    static final int FEATURED_SHOWN = 3;

    private final org.jsoup.nodes.Element list = StaticHtml.element("ul");

    NextSteps(OnboardingJourneys journeys, Certifications certifications, SurveyCollection surveys,
              ContentForMe content, Notifications notifications, Instant lastVisit, Locale locale) {
        addClassNames("portal-card", "portal-next-steps");
        setId("next-steps");
        list.id("next-steps-list");
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);

        var steps = journeys.mine().steps().stream().filter(step -> !step.done()).toList();
        steps.stream().filter(step -> step.overdue()).forEach(step ->
                action("onboarding-overdue", getTranslation("homeActions.onboardingOverdue", step.title(),
                        dates.format(step.dueOn())), "onboarding"));
        steps.stream().filter(step -> !step.overdue()).findFirst().ifPresent(step ->
                action("onboarding-next", getTranslation("homeActions.onboardingNext", step.title(),
                        dates.format(step.dueOn())), "onboarding"));

        certifications.mine().stream().filter(held -> held.status() == CertificationStatus.EXPIRING).forEach(held -> {
            var renewal = held.certification().renewalQuizKey();
            action("certification-expiring", getTranslation("homeActions.certificationExpiring",
                    held.certification().name(), dates.format(held.expiresOn())),
                    renewal == null ? "certifications" : "training/quiz/" + renewal);
        });

        surveys.openForMe().stream().filter(open -> open.state() != ResponseState.SUBMITTED).forEach(open ->
                action("survey-open", getTranslation("homeActions.surveyOpen", open.title(locale)), "surveys"));

        // Who turned news for their industries off does not want it pushed here either.
        var newContent = notifications.channel(NotificationKind.NEW_CONTENT) == NotificationChannel.OFF ? List.<ContentSummary>of()
                : content.newForMe(lastVisit, NEW_CONTENT_SHOWN);
        newContent.forEach(item ->
                action("new-content", getTranslation("homeActions.newContent", item.title()), "library/" + item.slug()));

        content.featuredForMe(FEATURED_SHOWN).forEach(item ->
                action("featured", getTranslation("homeActions.featured", item.title()), "library/" + item.slug()));

        add(new H3(getTranslation("homeActions.title")));
        if (list.childrenSize() == 0) {
            var none = new Paragraph(getTranslation("homeActions.none"));
            none.setId("next-steps-none");
            add(none);
        } else {
            add(StaticHtml.of(list));
        }
    }

    private void action(String kind, String text, String path) {
        // An application link: the router handles it in place, as a RouterLink would, from a plain path.
        StaticHtml.appLink(list.appendElement("li").addClass("portal-next-step").attr("data-kind", kind), path, text);
    }
}
