package dev.partnerportal.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All commitments of all plans. */
interface Commitments extends JpaRepository<Commitment, Long> {

    List<Commitment> findByPlanIdOrderByDueWeekAscIdAsc(long planId);

    List<Commitment> findByPlanIdInOrderByDueWeekAscIdAsc(Collection<Long> planIds);

    List<Commitment> findByPlanIdInAndStatus(Collection<Long> planIds, CommitmentStatus status);
}
