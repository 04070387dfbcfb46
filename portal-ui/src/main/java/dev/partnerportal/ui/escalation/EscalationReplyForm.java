package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.escalation.EscalationChange;
import dev.partnerportal.escalation.EscalationDetail;
import dev.partnerportal.escalation.EscalationStatus;
import dev.partnerportal.escalation.NewEscalation;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The replies the caller may make: staff respond and move the status forward; partners write, confirm a
 * resolution or reopen it within the window. Fires {@link ReplyEvent}; the view calls the service.
 */
class EscalationReplyForm extends Div {

    private final TextArea message = new TextArea();

    EscalationReplyForm(EscalationDetail detail, boolean staff) {
        setId("escalation-reply");
        var status = detail.summary().status();
        if (status == EscalationStatus.CLOSED) {
            return;
        }
        message.setLabel(getTranslation("escalation.action.message"));
        message.setMaxLength(NewEscalation.MESSAGE_MAX_LENGTH);
        message.setWidthFull();
        message.setId("escalation-message");
        var actions = new HorizontalLayout();
        var send = new Button(getTranslation(staff ? "escalation.action.respond" : "escalation.action.send"),
                click -> reply(null, true));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("escalation-send");
        actions.add(send);
        if (staff) {
            var next = new Select<EscalationStatus>();
            next.setLabel(getTranslation("escalation.action.moveTo"));
            next.setItems(Arrays.stream(EscalationStatus.values()).filter(s -> s.ordinal() > status.ordinal()).toList());
            next.setItemLabelGenerator(s -> getTranslation("escalation.status." + s.name()));
            next.setId("escalation-next-status");
            var move = new Button(getTranslation("escalation.action.move"), click -> {
                if (next.getValue() != null) {
                    reply(next.getValue(), false);
                }
            });
            move.setId("escalation-move");
            actions.add(next, move);
            actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.END);
        } else if (status == EscalationStatus.RESOLVED) {
            var close = new Button(getTranslation("escalation.action.close"), click -> reply(EscalationStatus.CLOSED, false));
            close.setId("escalation-close");
            actions.add(close);
        }
        if (!staff && detail.reopenableUntil() != null) {
            var reopen = new Button(getTranslation("escalation.action.reopen"), click -> reply(EscalationStatus.IN_PROGRESS, false));
            reopen.setId("escalation-reopen");
            actions.add(reopen);
        }
        add(message, actions);
    }

    private void reply(@Nullable EscalationStatus status, boolean needsMessage) {
        var text = message.getValue();
        if (needsMessage && text.isBlank()) {
            message.setErrorMessage(getTranslation("escalation.field.required", NewEscalation.MESSAGE_MAX_LENGTH));
            message.setInvalid(true);
            return;
        }
        fireEvent(new ReplyEvent(this, new EscalationChange(status, text.isBlank() ? null : text)));
    }

    Registration addReplyListener(ComponentEventListener<ReplyEvent> listener) {
        return addListener(ReplyEvent.class, listener);
    }

    static final class ReplyEvent extends ComponentEvent<EscalationReplyForm> {
        private final EscalationChange change;

        ReplyEvent(EscalationReplyForm source, EscalationChange change) {
            super(source, false);
            this.change = change;
        }

        EscalationChange change() {
            return change;
        }
    }
}
