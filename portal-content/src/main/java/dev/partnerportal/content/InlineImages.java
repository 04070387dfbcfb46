package dev.partnerportal.content;

import dev.partnerportal.shared.FileTypes;
import dev.partnerportal.shared.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Images placed inside an item's body. An inline image is an attachment of the item (stored, audited and
 * approved like any attachment, and readable only by the item's audience) that is a PNG or JPEG by its
 * content, no larger than {@link #MAX_BYTES}, and carries alt text for readers who cannot see it.
 */
@Service
public class InlineImages {

    /** The largest inline image, in bytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The longest alt text. */
    public static final int ALT_MAX_LENGTH = 200;
    /** Where the portal serves an inline image to signed-in readers, followed by the attachment id. */
    public static final String PATH = "/content-images/";

    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg");

    /** An uploaded inline image and the Markdown that shows it. */
    public record InlineImage(AttachmentInfo attachment, String markdown) {
    }

    private final ContentAttachments attachments;
    private final FileTypes types;

    InlineImages(ContentAttachments attachments, FileTypes types) {
        this.attachments = attachments;
        this.types = types;
    }

    /**
     * Checks and stores an image for item {@code itemId} and returns the Markdown to insert. Refused before
     * anything is written when the alt text is missing or too long, the file is too large, or its content is
     * not a PNG or JPEG image (whatever its name says).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    public InlineImage upload(ContentItemId itemId, String fileName, InputStream content, String altText) {
        var alt = altText == null ? "" : altText.strip().replaceAll("[\\[\\]\\r\\n]", " ");
        if (alt.isEmpty() || alt.length() > ALT_MAX_LENGTH) {
            throw new RuleViolation(ContentError.IMAGE_ALT_TEXT, ALT_MAX_LENGTH);
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new RuleViolation(ContentError.IMAGE_TOO_LARGE, MAX_BYTES / (1024 * 1024));
            }
            var type = types.of(bytes);
            if (!IMAGE_TYPES.contains(type)) {
                throw new RuleViolation(ContentError.IMAGE_TYPE, type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the image", e);
        }
        var info = attachments.upload(itemId, fileName, new ByteArrayInputStream(bytes));
        return new InlineImage(info, "![" + alt + "](" + PATH + info.id() + ")");
    }

    /** An inline image to show, if the caller may read its item and it is an image; otherwise empty. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AttachmentDownload> image(long attachmentId) {
        return attachments.download(attachmentId).filter(d -> IMAGE_TYPES.contains(d.info().mediaType()));
    }
}
