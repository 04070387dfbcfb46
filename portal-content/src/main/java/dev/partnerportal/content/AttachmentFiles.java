package dev.partnerportal.content;

import org.springframework.data.jpa.repository.JpaRepository;

/** The stored bytes of all attachments, by attachment id. */
interface AttachmentFiles extends JpaRepository<ContentAttachmentFile, Long> {
}
