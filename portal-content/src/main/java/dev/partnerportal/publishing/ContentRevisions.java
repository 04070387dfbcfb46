package dev.partnerportal.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The saved revisions of all items. */
interface ContentRevisions extends JpaRepository<ContentRevision, Long> {

    List<ContentRevision> findByItemIdOrderByRevisionDesc(Long itemId);

    Optional<ContentRevision> findByItemIdAndRevision(Long itemId, int revision);
}
