package dev.partnerportal.ui.content;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.partnerportal.content.ItemFeedback;
import dev.partnerportal.ui.i18n.LocaleFormats;

/** What partners answered to "was this helpful?" on one item, for its editors. Comments are plain text. */
class FeedbackPanel extends Div {

    FeedbackPanel(ItemFeedback feedback) {
        setId("item-feedback");
        var counts = new Paragraph(getTranslation("editor.feedback.counts", feedback.helpful(), feedback.notHelpful()));
        counts.setId("feedback-counts");
        add(new H3(getTranslation("editor.feedback")), counts);
        for (var entry : feedback.entries()) {
            var verdict = getTranslation(entry.helpful() ? "editor.feedback.helpful" : "editor.feedback.notHelpful");
            var who = entry.organization().isEmpty() ? "" : " · " + entry.organization();
            var line = new Paragraph(LocaleFormats.date(entry.at(), getLocale()) + who + " · " + verdict
                    + (entry.comment().isEmpty() ? "" : ": " + entry.comment()));
            line.addClassName("feedback-entry");
            add(line);
        }
    }
}
