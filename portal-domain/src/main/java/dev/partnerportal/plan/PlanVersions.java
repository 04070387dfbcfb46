package dev.partnerportal.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All versions of all plans. */
interface PlanVersions extends JpaRepository<PlanVersion, Long> {

    Optional<PlanVersion> findFirstByPlanIdOrderByNumberDesc(long planId);

    Optional<PlanVersion> findFirstByPlanIdAndStatusOrderByNumberDesc(long planId, PlanStatus status);

    Optional<PlanVersion> findByPlanIdAndNumber(long planId, int number);

    List<PlanVersion> findByPlanIdOrderByNumberDesc(long planId);
}
