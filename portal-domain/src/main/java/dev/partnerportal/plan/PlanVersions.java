package dev.partnerportal.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All versions of all plans. */
interface PlanVersions extends JpaRepository<PlanVersion, Long> {

    Optional<PlanVersion> findFirstByPlanIdOrderByNumberDesc(long planId);

    Optional<PlanVersion> findFirstByPlanIdAndStatusOrderByNumberDesc(long planId, PlanStatus status);

    Optional<PlanVersion> findByPlanIdAndNumber(long planId, int number);

    List<PlanVersion> findByPlanIdOrderByNumberDesc(long planId);

    /** Those of these plans that have a version in {@code status}. */
    @Query("select distinct v.planId from PlanVersion v where v.planId in :plans and v.status = :status")
    List<Long> plansWith(Collection<Long> plans, PlanStatus status);
}
