package dev.partnerportal.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one file of an escalation, stored with the type its bytes were recognized as. */
@Entity
@Table(name = "escalation_attachment")
class EscalationAttachment {

    @Id
    @Column(name = "escalation_id")
    private Long escalationId;

    @Column(name = "file_name", nullable = false, length = EscalationFile.FILE_NAME_MAX_LENGTH)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 50)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    protected EscalationAttachment() {
    }

    EscalationAttachment(long escalationId, String fileName, String mediaType, byte[] content) {
        this.escalationId = escalationId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    StoredEscalationFile toFile() {
        return new StoredEscalationFile(fileName, mediaType, content.clone());
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }
}
