package dev.partnerportal.content;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/** All feedback on content items. */
interface ContentFeedbackEntries extends JpaRepository<ContentFeedbackEntry, Long> {

    List<ContentFeedbackEntry> findByItemIdOrderByCreatedAtDesc(Long itemId);

    long countByItemId(Long itemId);

    long countByOrganizationIdAndCreatedAtGreaterThanEqual(Long organizationId, Instant since);

    @Query("""
            select count(distinct e.userId) from ContentFeedbackEntry e
            where e.organizationId = :organization and e.createdAt >= :since""")
    long countPeopleGivingFeedback(Long organization, Instant since);
}
