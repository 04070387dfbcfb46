package dev.partnerportal.ui.escalation;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.escalation.EscalationCategory;
import dev.partnerportal.escalation.EscalationFile;
import dev.partnerportal.escalation.EscalationSeverity;
import dev.partnerportal.escalation.NewEscalation;
import dev.partnerportal.ui.layout.Notices;
import dev.partnerportal.ui.upload.BoundedUpload;
import org.jspecify.annotations.Nullable;

/** The raise form. Fires {@link RaiseEvent} with what was entered; the view calls the service. */
class RaiseEscalationForm extends FormLayout {

    private final Binder<Draft> binder = new Binder<>();
    private @Nullable EscalationFile file;

    static final class Draft {
        EscalationCategory category = EscalationCategory.TECHNICAL;
        EscalationSeverity severity = EscalationSeverity.HIGH;
        String title = "";
        String description = "";
    }

    RaiseEscalationForm() {
        setId("raise-escalation");
        var category = new Select<EscalationCategory>();
        category.setLabel(getTranslation("escalation.field.category"));
        category.setItems(EscalationCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("escalation.category." + c.name()));
        category.setId("escalation-category");
        var severity = new Select<EscalationSeverity>();
        severity.setLabel(getTranslation("escalation.field.severity"));
        severity.setItems(EscalationSeverity.values());
        severity.setItemLabelGenerator(s -> getTranslation("escalation.severity." + s.name()));
        severity.setId("escalation-severity");
        var title = new TextField(getTranslation("escalation.field.title"));
        title.setMaxLength(NewEscalation.TITLE_MAX_LENGTH);
        title.setId("escalation-title");
        var description = new TextArea(getTranslation("escalation.field.description"));
        description.setMaxLength(NewEscalation.DESCRIPTION_MAX_LENGTH);
        description.setId("escalation-description");
        binder.forField(category).asRequired().bind(d -> d.category, (d, v) -> d.category = v);
        binder.forField(severity).asRequired().bind(d -> d.severity, (d, v) -> d.severity = v);
        binder.forField(title).withValidator(v -> !v.isBlank() && v.strip().length() <= NewEscalation.TITLE_MAX_LENGTH,
                getTranslation("escalation.field.required", NewEscalation.TITLE_MAX_LENGTH)).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(description).withValidator(v -> !v.isBlank() && v.strip().length() <= NewEscalation.DESCRIPTION_MAX_LENGTH,
                getTranslation("escalation.field.required", NewEscalation.DESCRIPTION_MAX_LENGTH))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.readBean(new Draft());

        var limit = EscalationFile.MAX_BYTES;
        var refusal = getTranslation("upload.tooLarge", BoundedUpload.describe(limit));
        var fileName = new Span();
        var upload = new Upload(new BoundedUpload(limit, refusal,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    file = new EscalationFile(metadata.fileName(), bytes);
                    fileName.setText(metadata.fileName());
                })),
                () -> getUI().ifPresent(ui -> ui.access(() -> Notices.error(refusal)))));
        upload.setMaxFileSize(limit);
        upload.setMaxFiles(1);
        upload.setId("escalation-attachment");
        var help = new Span(getTranslation("escalation.field.attachmentHelp", limit / (1024 * 1024)));
        help.addClassName("portal-hint");

        var raise = new Button(getTranslation("escalation.raise"), click -> {
            var draft = new Draft();
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new RaiseEvent(this, new NewEscalation(draft.category, draft.severity, draft.title,
                        draft.description), file));
            }
        });
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.setId("escalation-raise");
        add(category, severity, title, description, upload, fileName, help, raise);
        setColspan(title, 2);
        setColspan(description, 2);
    }

    Registration addRaiseListener(ComponentEventListener<RaiseEvent> listener) {
        return addListener(RaiseEvent.class, listener);
    }

    static final class RaiseEvent extends ComponentEvent<RaiseEscalationForm> {
        private final NewEscalation escalation;
        private final @Nullable EscalationFile file;

        RaiseEvent(RaiseEscalationForm source, NewEscalation escalation, @Nullable EscalationFile file) {
            super(source, false);
            this.escalation = escalation;
            this.file = file;
        }

        NewEscalation escalation() {
            return escalation;
        }

        @Nullable EscalationFile file() {
            return file;
        }
    }
}
