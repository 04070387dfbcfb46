package dev.partnerportal.deal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IntakeLocks extends JpaRepository<IntakeLock, Integer> {

    /** Waits until no other registration holds the lock; held until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from IntakeLock l where l.id = 1")
    Optional<IntakeLock> take();
}
