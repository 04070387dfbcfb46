package dev.partnerportal.certification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationReminders extends JpaRepository<CertificationReminder, Long> {

    List<CertificationReminder> findByAwardId(Long awardId);

    List<CertificationReminder> findByAwardIdInOrderBySentAtDesc(List<Long> awardIds);
}
