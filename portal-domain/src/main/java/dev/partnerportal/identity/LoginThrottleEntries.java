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
    @Query("select e from LoginThrottleEntry e where e.key = :key")
    Optional<LoginThrottleEntry> findForUpdate(String key);

    /** Forgets keys that were never locked and had no failure within a window, and locks long expired. */
    @Modifying
    @Query("""
            delete from LoginThrottleEntry e
            where (e.lockedUntil is null and e.windowStartedAt < :windowCutoff) or e.lockedUntil < :lockCutoff""")
    int deleteStale(Instant windowCutoff, Instant lockCutoff);
}
