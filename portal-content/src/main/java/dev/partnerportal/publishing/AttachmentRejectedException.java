package dev.partnerportal.publishing;

/** An upload that was refused: wrong type by content, too large, or a bad file name. Nothing was kept. */
public class AttachmentRejectedException extends RuntimeException {

    public AttachmentRejectedException(String message) {
        super(message);
    }
}
