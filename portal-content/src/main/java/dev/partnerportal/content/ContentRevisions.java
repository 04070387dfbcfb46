package dev.partnerportal.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The saved revisions of all items. */
interface ContentRevisions extends JpaRepository<ContentRevision, Long> {

    List<ContentRevision> findByItemIdOrderByRevisionDesc(Long itemId);

    Optional<ContentRevision> findByItemIdAndRevision(Long itemId, int revision);

    /** Keeps the item's current state as its revision; a note longer than the column is cut to fit. */
    default void keep(ContentItem item, String savedBy, Instant savedAt, String note) {
        save(new ContentRevision(item.id(), item.revision(), ContentDocument.write(item.toDraft()), savedBy, savedAt,
                note.length() > ContentRevision.NOTE_MAX_LENGTH ? note.substring(0, ContentRevision.NOTE_MAX_LENGTH) : note));
    }
}
