package dev.partnerportal.ui.training;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.partnerportal.training.QuizResult;
import dev.partnerportal.ui.certification.CertificationsView;

/** The score of an attempt, a bar against the pass mark, the next attempt's rules, and a certification earned. */
class QuizResultPanel extends Div {

    QuizResultPanel(QuizResult result) {
        addClassNames("portal-card", "training-result", result.passed() ? "passed" : "failed");
        var verdict = new Paragraph(getTranslation(result.passed() ? "training.quiz.passedVerdict" : "training.quiz.failedVerdict",
                result.scorePercent(), result.passPercent()));
        verdict.setId("quiz-verdict");
        var bar = new Div(new Span());
        bar.addClassName("training-score-bar");
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", LocaleFormats.percent(result.scorePercent(), getLocale()));
        bar.getChildren().findFirst().orElseThrow().getElement().getStyle().set("inline-size", result.scorePercent() + "%");
        var mark = new Span();
        mark.addClassName("training-pass-mark");
        mark.getElement().getStyle().set("inset-inline-start", result.passPercent() + "%");
        bar.add(mark);
        add(verdict, bar, new Paragraph(getTranslation("training.quiz.rightOf", result.right(), result.total())));
        if (result.certification() != null) {
            var earned = new Paragraph(getTranslation("training.quiz.earned", result.certification().certification().name()));
            earned.setId("quiz-certification");
            var certificate = new RouterLink(getTranslation("training.quiz.toCertifications"), CertificationsView.class);
            certificate.setId("to-certifications");
            add(earned, certificate);
        } else if (!result.passed()) {
            add(new Paragraph(result.nextAttemptAt() == null
                    ? getTranslation("training.quiz.attemptsLeft", result.attemptsLeft())
                    : getTranslation("training.quiz.nextAttempt", result.attemptsLeft(),
                    TrainingFormats.dateTime(result.nextAttemptAt(), getLocale()))));
        }
    }
}
