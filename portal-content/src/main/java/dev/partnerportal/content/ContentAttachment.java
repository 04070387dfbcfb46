package dev.partnerportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to an item: the name the uploader gave, the generated name it is stored under, its text. */
@Entity
@Table(name = "content_attachment")
class ContentAttachment {

    static final int TEXT_MAX_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(name = "file_name", nullable = false, length = AttachmentInfo.FILE_NAME_MAX_LENGTH)
    private String fileName;
    @Column(name = "storage_name", nullable = false, unique = true, length = 80)
    private String storageName;
    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(name = "extracted_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String extractedText;
    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ContentAttachment() {
    }

    ContentAttachment(ContentItemId item, String fileName, String storageName, String mediaType, long size,
                      String extractedText, String uploadedBy, Instant uploadedAt) {
        this.itemId = item.value();
        this.fileName = fileName;
        this.storageName = storageName;
        this.mediaType = mediaType;
        this.size = size;
        this.extractedText = extractedText.length() > TEXT_MAX_LENGTH ? extractedText.substring(0, TEXT_MAX_LENGTH) : extractedText;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    long id() { return id; }
    ContentItemId itemId() { return new ContentItemId(itemId); }
    String storageName() { return storageName; }
    String extractedText() { return extractedText; }

    AttachmentInfo info() {
        return new AttachmentInfo(id, itemId().value(), fileName, mediaType, size, uploadedAt);
    }
}
