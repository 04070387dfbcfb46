package dev.partnerportal.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginThrottleEntries extends JpaRepository<LoginThrottleEntry, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from LoginThrottleEntry e where e.accountKey = :key")
    Optional<LoginThrottleEntry> findForUpdate(String key);

    @Modifying
    @Query("delete from LoginThrottleEntry e where e.windowStartedAt < :before and (e.lockedUntil is null or e.lockedUntil < :before)")
    int deleteStale(Instant before);
}
