package dev.partnerportal.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountLinks extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHash(String tokenHash);

    Optional<AccountLink> findFirstByUserIdAndPurposeOrderByCreatedAtDesc(Long userId, AccountLinkPurpose purpose);

    /**
     * Marks one link used if nobody has yet and it has not expired; returns 1 for the one caller that did. The
     * row lock of the update makes a second, parallel redemption wait and then find nothing to update.
     */
    @Modifying(flushAutomatically = true)
    @Query("update AccountLink l set l.usedAt = :now where l.id = :id and l.usedAt is null and l.expiresAt > :now")
    int markUsedIfUsable(Long id, Instant now);

    /** Ends every link of this purpose that the person has not used yet. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update AccountLink l set l.usedAt = :now
            where l.userId = :userId and l.purpose = :purpose and l.usedAt is null""")
    int markOutstandingUsed(Long userId, AccountLinkPurpose purpose, Instant now);
}
