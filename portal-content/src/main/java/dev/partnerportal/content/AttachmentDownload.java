package dev.partnerportal.content;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * An attachment the caller may download. Always served as {@code Content-Disposition: attachment} with the
 * detected media type, so a browser never renders it inline in the portal's origin.
 */
public record AttachmentDownload(AttachmentInfo info, byte[] content) {

    public AttachmentDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public InputStream open() {
        return new ByteArrayInputStream(content);
    }
}
