package dev.partnerportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one attachment, kept in the database so that every node can serve them. */
@Entity
@Table(name = "content_attachment_file")
class ContentAttachmentFile {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(nullable = false)
    private byte[] content;

    protected ContentAttachmentFile() {
    }

    ContentAttachmentFile(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    byte[] content() {
        return content.clone();
    }
}
