package dev.partnerportal.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An attachment the caller may download. Always served as {@code Content-Disposition: attachment} with the
 * detected media type, so a browser never renders it inline in the portal's origin.
 */
public record AttachmentDownload(AttachmentInfo info, Path file) {

    public InputStream open() throws IOException {
        return Files.newInputStream(file);
    }
}
