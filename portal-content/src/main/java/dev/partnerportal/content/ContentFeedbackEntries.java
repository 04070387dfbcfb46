package dev.partnerportal.content;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/** All feedback on content items. */
interface ContentFeedbackEntries extends JpaRepository<ContentFeedbackEntry, Long> {

    List<ContentFeedbackEntry> findByItemIdOrderByCreatedAtDesc(Long itemId);

    long countByItemId(Long itemId);

    /** Organization id, its entries and the people who gave them since a time, for those that gave any. */
    @Query("""
            select e.organizationId, count(e), count(distinct e.userId) from ContentFeedbackEntry e
            where e.organizationId in :organizations and e.createdAt >= :since
            group by e.organizationId""")
    List<Object[]> countByOrganization(java.util.Collection<Long> organizations, Instant since);

    /** Helpful and not helpful answers per item among {@code items}, from partner people, in [from, until). */
    @Query("""
            select e.itemId, sum(case when e.helpful = true then 1 else 0 end), count(e) from ContentFeedbackEntry e
            where e.itemId in :items and e.organizationId is not null and e.createdAt >= :from and e.createdAt < :until
            group by e.itemId""")
    List<Object[]> helpfulCounts(java.util.Collection<Long> items, Instant from, Instant until);
}
