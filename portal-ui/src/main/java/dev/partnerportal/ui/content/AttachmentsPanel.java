package dev.partnerportal.ui.content;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;

/**
 * The upload area of the editor. Fires {@link UploadedEvent} with the file's name and bytes; the view
 * hands them to the attachment service, which decides by content whether to keep the file.
 */
class AttachmentsPanel extends Div {

    AttachmentsPanel(com.vaadin.flow.component.Component links) {
        setId("editor-attachments");
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> fireEvent(new UploadedEvent(this, metadata.fileName(), bytes))))));
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
