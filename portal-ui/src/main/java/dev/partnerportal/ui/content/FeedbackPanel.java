package dev.partnerportal.ui.content;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.partnerportal.content.ItemFeedback;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What partners answered to "was this helpful?" on one item, for its editors. Comments are plain text. */
class FeedbackPanel extends Div {

    FeedbackPanel(ItemFeedback feedback) {
        setId("item-feedback");
        var when = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
        var counts = new Paragraph(getTranslation("editor.feedback.counts", feedback.helpful(), feedback.notHelpful()));
        counts.setId("feedback-counts");
        add(new H3(getTranslation("editor.feedback")), counts);
        for (var entry : feedback.entries()) {
            var verdict = getTranslation(entry.helpful() ? "editor.feedback.helpful" : "editor.feedback.notHelpful");
            var who = entry.organization().isEmpty() ? "" : " · " + entry.organization();
            var line = new Paragraph(when.format(entry.at()) + who + " · " + verdict
                    + (entry.comment().isEmpty() ? "" : ": " + entry.comment()));
            line.addClassName("feedback-entry");
            add(line);
        }
    }
}
