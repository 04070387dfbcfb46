package dev.partnerportal.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large one attachment may be, and the directory where versions before the move into the database kept
 * attachment files: {@link AttachmentFileImport} imports what it finds there once. The directory must be outside
 * anything the web server serves.
 */
@ConfigurationProperties("portal.content.attachments")
record AttachmentSettings(@DefaultValue("./data/attachments") Path directory, @DefaultValue("20MB") DataSize maxSize) {
}
