package dev.partnerportal.certification;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VerificationThrottleEntries extends JpaRepository<VerificationThrottleEntry, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from VerificationThrottleEntry e where e.addressKey = :key")
    Optional<VerificationThrottleEntry> findForUpdate(String key);
}
