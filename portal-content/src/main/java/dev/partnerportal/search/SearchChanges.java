package dev.partnerportal.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The search change log, in id order. */
interface SearchChanges extends JpaRepository<SearchChange, Long> {

    /** The next entries after the index's checkpoint. */
    List<SearchChange> findByIdGreaterThanOrderById(long checkpoint, Limit limit);

    /**
     * Entries at or below the checkpoint written recently: a transaction that took its id before another
     * but committed after it shows up here, behind the checkpoint (see ADR 007).
     */
    List<SearchChange> findByIdLessThanEqualAndRecordedAtGreaterThanEqualOrderById(long checkpoint, Instant since);

    @Query("select max(c.id) from SearchChange c")
    Optional<Long> lastId();

    @Query("select min(c.id) from SearchChange c")
    Optional<Long> firstId();

    @Modifying
    @Query("delete from SearchChange c where c.recordedAt < :before")
    int deleteRecordedBefore(Instant before);
}
