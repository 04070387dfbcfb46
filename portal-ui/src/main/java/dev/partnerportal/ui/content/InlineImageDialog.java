package dev.partnerportal.ui.content;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.partnerportal.content.InlineImages;
import dev.partnerportal.ui.upload.BoundedUpload;
import org.jspecify.annotations.Nullable;

/**
 * Places an image in the body: alt text (required) and a PNG or JPEG file. The form fires nothing until both
 * are there; the view stores the image and inserts its Markdown.
 */
class InlineImageDialog extends Dialog {

    /** What the view does with a checked image: store it and return the Markdown, or throw a rule violation. */
    interface Placement {
        void place(String fileName, byte[] bytes, String altText);
    }

    private final TextField alt = new TextField();
    private final Paragraph error = new Paragraph();
    private final Binder<InlineImageDialog> binder = new Binder<>();
    private @Nullable String fileName;
    private byte @Nullable [] bytes;

    InlineImageDialog(Placement placement) {
        setHeaderTitle(getTranslation("editor.image.title"));
        alt.setLabel(getTranslation("editor.image.alt"));
        alt.setHelperText(getTranslation("editor.image.altHelp"));
        alt.setMaxLength(InlineImages.ALT_MAX_LENGTH);
        alt.setId("image-alt");
        alt.setWidthFull();
        binder.forField(alt).asRequired(getTranslation("editor.image.altRequired"))
                .withValidator(new StringLengthValidator(getTranslation("editor.image.altRequired"), 1, InlineImages.ALT_MAX_LENGTH))
                .bind(d -> d.alt.getValue(), (d, v) -> { });
        var refusal = getTranslation("upload.tooLarge", BoundedUpload.describe(InlineImages.MAX_BYTES));
        var upload = new Upload(new BoundedUpload(InlineImages.MAX_BYTES, refusal,
                (metadata, content) -> getUI().ifPresent(ui -> ui.access(() -> received(metadata.fileName(), content))),
                () -> getUI().ifPresent(ui -> ui.access(() -> error.setText(refusal)))));
        upload.setMaxFileSize(InlineImages.MAX_BYTES);
        upload.setAcceptedFileTypes(".png", ".jpg", ".jpeg");
        upload.setId("image-upload");
        error.addClassName("portal-form-error");
        error.setId("image-error");
        add(alt, upload, new Paragraph(getTranslation("editor.image.rules", InlineImages.MAX_BYTES / (1024 * 1024))), error);
        var insert = new Button(getTranslation("editor.image.insert"), click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            if (bytes == null || fileName == null) {
                error.setText(getTranslation("editor.image.fileRequired"));
                return;
            }
            placement.place(fileName, bytes, alt.getValue());
        });
        insert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        insert.setId("image-insert");
        getFooter().add(new Button(getTranslation("editor.image.cancel"), click -> close()), insert);
    }

    /** A file arrived in full (the upload bounds its size). */
    void received(String name, byte[] content) {
        this.fileName = name;
        this.bytes = content;
        error.setText("");
    }

    void showError(String message) {
        error.setText(message);
    }
}
