package dev.partnerportal.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All check-ins on commitments. */
interface CheckIns extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByCommitmentIdOrderByCheckedAtDescIdDesc(long commitmentId);
}
