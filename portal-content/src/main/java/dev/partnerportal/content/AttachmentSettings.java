package dev.partnerportal.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachment files live and how large one may be. The directory must be outside anything the web
 * server serves; files are only ever handed out through {@link ContentAttachments#download}.
 */
@ConfigurationProperties("portal.content.attachments")
record AttachmentSettings(@DefaultValue("./data/attachments") Path directory, @DefaultValue("20MB") DataSize maxSize) {
}
