package dev.partnerportal.relationship;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All touchpoints with their topics, attendees and next steps. */
interface Touchpoints extends JpaRepository<Touchpoint, Long> {

    List<Touchpoint> findByOrganizationIdOrderByHappenedOnDescIdDesc(Long organizationId);

    List<Touchpoint> findByOrganizationIdAndHappenedOnGreaterThanEqual(Long organizationId, LocalDate since);

    @Query("select max(t.happenedOn) from Touchpoint t where t.organizationId = :organizationId")
    Optional<LocalDate> lastContact(Long organizationId);

    @Query("select max(t.happenedOn) from Touchpoint t where t.organizationId = :organizationId and t.kind = :kind")
    Optional<LocalDate> lastOfKind(Long organizationId, TouchpointKind kind);

    @Query("select t from Touchpoint t join t.nextSteps s where s.id = :stepId")
    Optional<Touchpoint> findByNextStep(Long stepId);

    @Query("select distinct t from Touchpoint t join t.contactAttendees c where c = :contactId")
    List<Touchpoint> attendedBy(Long contactId);

    @Query("select t.organizationId, max(t.happenedOn) from Touchpoint t where t.organizationId in :organizations group by t.organizationId")
    List<Object[]> lastContacts(Collection<Long> organizations);
}
