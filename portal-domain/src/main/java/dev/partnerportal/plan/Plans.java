package dev.partnerportal.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All joint plans. */
interface Plans extends JpaRepository<Plan, Long> {

    List<Plan> findByOrganizationIdOrderByPeriodStartDesc(long organizationId);

    boolean existsByOrganizationIdAndPeriodStart(long organizationId, LocalDate periodStart);

    /** These organizations' plans, latest start first. */
    List<Plan> findByOrganizationIdInOrderByPeriodStartDesc(Collection<Long> organizationIds);

    /** The plan in force on {@code day}: the latest that started by then, else the first one to come. */
    default Optional<Plan> current(long organizationId, LocalDate day) {
        return current(findByOrganizationIdOrderByPeriodStartDesc(organizationId), day);
    }

    /** The plan in force on {@code day} among one organization's plans, latest start first. */
    static Optional<Plan> current(List<Plan> plans, LocalDate day) {
        return plans.stream().filter(p -> !p.getPeriodStart().isAfter(day)).findFirst()
                .or(() -> plans.isEmpty() ? Optional.empty() : Optional.of(plans.getLast()));
    }
}
