package dev.partnerportal.lead;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DistributionCursors extends JpaRepository<DistributionCursor, Integer> {

    /** The cursor with its row locked: one distribution at a time chooses and moves it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from DistributionCursor c where c.id = 1")
    Optional<DistributionCursor> lock();
}
