package dev.partnerportal.earlyaccess;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BetaPrograms extends JpaRepository<BetaProgram, Long> {

    boolean existsByNameIgnoreCase(String name);

    List<BetaProgram> findAllByOrderByStartsOnDescIdDesc();

    /** The beta with its row locked, so that decisions taking its last places take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from BetaProgram b where b.id = :id")
    Optional<BetaProgram> lockById(Long id);
}
