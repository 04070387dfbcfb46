package dev.partnerportal.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All feedback on content items. */
interface ContentFeedbackEntries extends JpaRepository<ContentFeedbackEntry, Long> {

    List<ContentFeedbackEntry> findByItemIdOrderByCreatedAtDesc(Long itemId);

    long countByItemId(Long itemId);
}
