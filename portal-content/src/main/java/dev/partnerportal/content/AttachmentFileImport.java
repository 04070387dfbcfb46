package dev.partnerportal.content;

import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves attachment files that earlier versions wrote to {@code portal.content.attachments.directory} into the
 * database, once: at every start it looks for attachments without stored bytes, which after the first import are
 * none (one query, nothing read from disk). Each file is inserted in its own statement, so two nodes starting
 * together only skip what the other imported. The files stay on disk; delete the directory once the log says
 * nothing is missing (docs/operations.md, "Files in the database").
 */
@Component
@Order(10)
class AttachmentFileImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AttachmentFileImport.class);

    private final JdbcTemplate jdbc;
    private final AttachmentSettings settings;

    AttachmentFileImport(JdbcTemplate jdbc, AttachmentSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        importMissing();
    }

    /** Imports every attachment whose bytes are not in the database yet; answers how many were imported. */
    int importMissing() {
        var missing = jdbc.query("""
                select a.id, a.storage_name from content_attachment a
                where not exists (select 1 from content_attachment_file f where f.attachment_id = a.id)
                order by a.id""", (rs, row) -> new Missing(rs.getLong(1), rs.getString(2)));
        int imported = 0;
        int notFound = 0;
        for (var attachment : missing) {
            var file = settings.directory().resolve(attachment.storageName()).normalize();
            if (!file.startsWith(settings.directory().normalize()) || !Files.isRegularFile(file)) {
                notFound++;
                log.warn("Attachment {} has no stored bytes and no file {} to import: its downloads answer not found",
                        attachment.id(), file);
                continue;
            }
            try {
                imported += jdbc.update("""
                        insert into content_attachment_file (attachment_id, content)
                        select ?, ? where not exists (select 1 from content_attachment_file where attachment_id = ?)""",
                        attachment.id(), Files.readAllBytes(file), attachment.id());
            } catch (DataIntegrityViolationException e) {
                log.debug("Attachment {} was imported by another node", attachment.id());
            } catch (IOException e) {
                notFound++;
                log.warn("Attachment {}: could not read {}", attachment.id(), file, e);
            }
        }
        if (!missing.isEmpty()) {
            log.info("Imported {} attachment files from {} into the database; {} not found", imported,
                    settings.directory().toAbsolutePath(), notFound);
        }
        return imported;
    }

    private record Missing(long id, String storageName) {
    }
}
