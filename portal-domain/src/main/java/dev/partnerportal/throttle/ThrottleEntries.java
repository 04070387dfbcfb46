package dev.partnerportal.throttle;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ThrottleEntries extends JpaRepository<ThrottleEntry, ThrottleEntry.Id> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ThrottleEntry e where e.id = :id")
    Optional<ThrottleEntry> findForUpdate(ThrottleEntry.Id id);

    /** The counters of some keys of one kind, in one query. */
    @Query("select e from ThrottleEntry e where e.id.kind = :kind and e.id.key in :keys")
    List<ThrottleEntry> findAll(ThrottleKind kind, Collection<String> keys);

    /** Forgets keys that were never locked and had no failure within a window, and locks long expired. */
    @Modifying
    @Query("""
            delete from ThrottleEntry e
            where e.id.kind = :kind
            and ((e.lockedUntil is null and e.windowStartedAt < :windowCutoff) or e.lockedUntil < :lockCutoff)""")
    int deleteStale(ThrottleKind kind, Instant windowCutoff, Instant lockCutoff);
}
