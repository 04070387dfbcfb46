package dev.partnerportal.relationship;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One contact between the vendor and a partner: kind, topics, who attended, notes and the next steps agreed. */
@Entity
@Table(name = "touchpoint")
class Touchpoint {

    static final int NOTES_MAX_LENGTH = 4000;
    static final int AGENDA_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TouchpointKind kind;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    /** Free-text attendees of touchpoints logged before attendees were team members; kept, never written anew. */
    @Column(length = 500)
    private @Nullable String people;

    @Column(length = AGENDA_MAX_LENGTH)
    private @Nullable String agenda;

    @Column(nullable = false, length = NOTES_MAX_LENGTH)
    private String notes;

    @Column(name = "logged_by", nullable = false)
    private Long loggedBy;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @ElementCollection
    @CollectionTable(name = "touchpoint_topic", joinColumns = @JoinColumn(name = "touchpoint_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = 30)
    private Set<Topic> topics = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "touchpoint_staff_attendee", joinColumns = @JoinColumn(name = "touchpoint_id"))
    @Column(name = "user_id")
    private Set<Long> staffAttendees = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "touchpoint_contact_attendee", joinColumns = @JoinColumn(name = "touchpoint_id"))
    @Column(name = "partner_contact_id")
    private Set<Long> contactAttendees = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "touchpoint_id", nullable = false)
    @OrderBy("dueOn, id")
    private List<NextStep> nextSteps = new ArrayList<>();

    protected Touchpoint() {
    }

    /** The caller checked that the attendees are staff and contacts of this organization. */
    Touchpoint(OrganizationId organization, TouchpointForm form, UserId loggedBy, Instant loggedAt, LocalDate today) {
        if (form.happenedOn().isAfter(today)) {
            throw new RuleViolation(RelationshipError.TOUCHPOINT_IN_FUTURE);
        }
        this.organizationId = organization.value();
        this.kind = form.kind();
        this.happenedOn = form.happenedOn();
        this.notes = Texts.required(form.notes(), NOTES_MAX_LENGTH, RelationshipError.NOTES_REQUIRED);
        this.agenda = Texts.optional(form.agenda(), AGENDA_MAX_LENGTH);
        this.topics = form.topics().isEmpty() && form.kind() == TouchpointKind.BUSINESS_REVIEW
                ? EnumSet.copyOf(BusinessReviewTemplate.STANDARD.agenda()) : new HashSet<>(form.topics());
        form.staffAttendees().forEach(user -> staffAttendees.add(user.value()));
        contactAttendees.addAll(form.contactAttendees());
        form.nextSteps().forEach(step -> nextSteps.add(new NextStep(step)));
        this.loggedBy = loggedBy.value();
        this.loggedAt = loggedAt;
    }

    TouchpointEntry entry(LocalDate today) {
        return new TouchpointEntry(id, organization(), kind, happenedOn,
                topics.stream().sorted().toList(), agenda, people, notes,
                staffAttendees.stream().sorted().map(UserId::new).toList(),
                contactAttendees.stream().sorted().toList(),
                nextSteps.stream().map(step -> step.entry(today)).toList());
    }

    OrganizationId organization() {
        return new OrganizationId(organizationId);
    }

    TouchpointKind kind() {
        return kind;
    }

    LocalDate happenedOn() {
        return happenedOn;
    }

    Set<Topic> topics() {
        return topics;
    }

    Set<Long> contactAttendees() {
        return contactAttendees;
    }

    List<NextStep> nextSteps() {
        return nextSteps;
    }

    void forgetContact(Long contactId) {
        contactAttendees.remove(contactId);
    }
}
