package dev.partnerportal.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Notifications as a collection. */
interface NotificationRows extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId, Pageable pageable);

    Optional<Notification> findByIdAndRecipientId(Long id, Long recipientId);

    boolean existsByRecipientIdAndKindAndLink(Long recipientId, NotificationKind kind, String link);

    boolean existsByRecipientIdAndKindAndLinkAndReadAtIsNull(Long recipientId, NotificationKind kind, String link);

    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") Long recipient, @Param("now") Instant now);

    /** The people who have digest notifications of this channel nobody has claimed yet. */
    @Query("select distinct n.recipientId from Notification n where n.digest = :digest and n.digestClaim is null")
    List<Long> recipientsWaitingFor(@Param("digest") NotificationChannel digest);

    /**
     * Claims a person's waiting digest notifications for one run. Two runs may race: the database lets only one
     * update a row from "unclaimed", the other updates nothing.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n set n.digestClaim = :claim, n.digestedAt = :now
            where n.recipientId = :recipient and n.digest = :digest and n.digestClaim is null""")
    int claim(@Param("recipient") Long recipient, @Param("digest") NotificationChannel digest,
              @Param("claim") String claim, @Param("now") Instant now);

    List<Notification> findByDigestClaimOrderByCreatedAtAscIdAsc(String claim);
}
