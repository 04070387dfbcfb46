package dev.partnerportal.ui.content;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.partnerportal.content.ItemFeedback;

/** "Was this helpful?" with an optional comment. Fires {@link SendEvent}; the view stores it. */
class FeedbackForm extends Div {

    private final TextArea comment = new TextArea();

    FeedbackForm() {
        setId("feedback");
        addClassName("library-feedback");
        comment.setId("feedback-comment");
        comment.setLabel(getTranslation("library.feedback.comment"));
        comment.setMaxLength(ItemFeedback.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        var yes = new Button(getTranslation("library.feedback.yes"), e -> fireEvent(new SendEvent(this, true, comment.getValue())));
        yes.setId("feedback-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var no = new Button(getTranslation("library.feedback.no"), e -> fireEvent(new SendEvent(this, false, comment.getValue())));
        no.setId("feedback-no");
        add(new Paragraph(getTranslation("library.feedback.question")), comment, new HorizontalLayout(yes, no));
    }

    com.vaadin.flow.shared.Registration addSendListener(com.vaadin.flow.component.ComponentEventListener<SendEvent> listener) {
        return addListener(SendEvent.class, listener);
    }

    void thank() {
        removeAll();
        var thanks = new Paragraph(getTranslation("library.feedback.thanks"));
        thanks.setId("feedback-thanks");
        add(thanks);
    }

    static final class SendEvent extends ComponentEvent<FeedbackForm> {
        private final boolean helpful;
        private final String comment;

        SendEvent(FeedbackForm source, boolean helpful, String comment) {
            super(source, false);
            this.helpful = helpful;
            this.comment = comment;
        }

        boolean helpful() {
            return helpful;
        }

        String comment() {
            return comment;
        }
    }
}
