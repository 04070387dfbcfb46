package dev.partnerportal.ui.content;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.ui.layout.Notices;
import dev.partnerportal.ui.upload.BoundedUpload;

/**
 * The upload area of the editor. Fires {@link UploadedEvent} with the file's name and bytes; the view
 * hands them to the attachment service, which decides by content whether to keep the file. A file over the
 * size limit is refused on the server while it arrives and never reaches the view.
 */
class AttachmentsPanel extends Div {

    AttachmentsPanel(com.vaadin.flow.component.Component links, long maxBytes) {
        setId("editor-attachments");
        var refusal = getTranslation("upload.tooLarge", BoundedUpload.describe(maxBytes));
        var upload = new Upload(new BoundedUpload(maxBytes, refusal,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> fireEvent(new UploadedEvent(this, metadata.fileName(), bytes)))),
                () -> getUI().ifPresent(ui -> ui.access(() -> Notices.error(refusal)))));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setId("attachment-upload");
        upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx", ".png", ".jpg", ".jpeg");
        add(new H3(getTranslation("editor.attachments")), links, upload);
    }

    Registration addUploadedListener(ComponentEventListener<UploadedEvent> listener) {
        return addListener(UploadedEvent.class, listener);
    }

    static final class UploadedEvent extends ComponentEvent<AttachmentsPanel> {
        private final String fileName;
        private final byte[] bytes;

        UploadedEvent(AttachmentsPanel source, String fileName, byte[] bytes) {
            super(source, false);
            this.fileName = fileName;
            this.bytes = bytes;
        }

        String fileName() { return fileName; }
        byte[] bytes() { return bytes.clone(); }
    }
}
