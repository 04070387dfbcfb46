package dev.partnerportal.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All attachment records; their bytes are in {@link AttachmentFiles}. */
interface AttachmentRecords extends JpaRepository<ContentAttachment, Long> {

    List<ContentAttachment> findByItemIdOrderByFileName(Long itemId);

    List<ContentAttachment> findByItemIdInOrderByFileName(java.util.Collection<Long> itemIds);
}
