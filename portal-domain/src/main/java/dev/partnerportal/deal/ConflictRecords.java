package dev.partnerportal.deal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictRecords extends JpaRepository<ConflictRecord, Long> {

    List<ConflictRecord> findByRegistrationIdOrderById(long registrationId);
}
