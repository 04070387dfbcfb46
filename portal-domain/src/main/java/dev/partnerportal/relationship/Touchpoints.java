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

    /** These organizations' touchpoints on or after a day, with their topics (one query, not one per touchpoint). */
    @Query("select distinct t from Touchpoint t left join fetch t.topics "
            + "where t.organizationId in :organizations and t.happenedOn >= :since")
    List<Touchpoint> withTopicsSince(Collection<Long> organizations, LocalDate since);

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

    /** Organization id, touchpoint kind and the latest day of that kind, for each pair that has one. */
    @Query("select t.organizationId, t.kind, max(t.happenedOn) from Touchpoint t where t.organizationId in :organizations "
            + "group by t.organizationId, t.kind")
    List<Object[]> lastOfKinds(Collection<Long> organizations);

    /** Organization id and next step, for every next step of these organizations' touchpoints. */
    @Query("select t.organizationId, s from Touchpoint t join t.nextSteps s where t.organizationId in :organizations")
    List<Object[]> nextStepsOf(Collection<Long> organizations);

    /** Organization id and partner contact id, for every contact who attended one of their touchpoints since a day. */
    @Query("select t.organizationId, c from Touchpoint t join t.contactAttendees c "
            + "where t.organizationId in :organizations and t.happenedOn >= :since")
    List<Object[]> contactAttendeesSince(Collection<Long> organizations, LocalDate since);
}
