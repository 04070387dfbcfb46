package dev.partnerportal.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All touchpoints. */
interface Touchpoints extends JpaRepository<Touchpoint, Long> {

    List<Touchpoint> findByOrganizationIdOrderByHappenedOnDescIdDesc(Long organizationId);

    @Query("select max(t.happenedOn) from Touchpoint t where t.organizationId = :organizationId")
    Optional<LocalDate> lastContact(Long organizationId);
}
