package dev.partnerportal.productfeedback;

import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackSubmissions extends JpaRepository<FeedbackSubmission, Long> {

    /** What a partner sees: the organization's own submissions and the ideas shown to all partners. */
    @Query("""
            select f from FeedbackSubmission f
            where (f.organizationId = :organization or f.visibility = dev.partnerportal.productfeedback.FeedbackVisibility.VISIBLE_TO_ALL_PARTNERS)
              and (:status is null or f.status = :status)
            order by f.voteCount desc, f.submittedAt desc, f.id desc""")
    Page<FeedbackSubmission> forPartner(Long organization, @Nullable FeedbackStatus status, Pageable pageable);

    @Query("""
            select f from FeedbackSubmission f where (:status is null or f.status = :status)
            order by f.submittedAt desc, f.id desc""")
    Page<FeedbackSubmission> forStaff(@Nullable FeedbackStatus status, Pageable pageable);

    @Query("""
            select f from FeedbackSubmission f where f.organizationId in :organizations and (:status is null or f.status = :status)
            order by f.submittedAt desc, f.id desc""")
    Page<FeedbackSubmission> forStaffOf(Collection<Long> organizations, @Nullable FeedbackStatus status, Pageable pageable);

    /** Organization id and its submissions in [from, to), for those of these organizations that have any. */
    @Query("""
            select f.organizationId, count(f) from FeedbackSubmission f
            where f.organizationId in :organizations and f.submittedAt >= :from and f.submittedAt < :to
            group by f.organizationId""")
    java.util.List<Object[]> countSubmitted(Collection<Long> organizations, Instant from, Instant to);

    @Modifying(flushAutomatically = true)
    @Query("update FeedbackSubmission f set f.voteCount = f.voteCount + :delta where f.id = :id")
    void addVotes(Long id, int delta);
}
