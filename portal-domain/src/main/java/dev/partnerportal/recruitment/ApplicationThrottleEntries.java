package dev.partnerportal.recruitment;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApplicationThrottleEntries extends JpaRepository<ApplicationThrottleEntry, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ApplicationThrottleEntry e where e.addressKey = :key")
    Optional<ApplicationThrottleEntry> findForUpdate(String key);
}
