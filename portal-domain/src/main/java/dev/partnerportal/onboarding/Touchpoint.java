package dev.partnerportal.onboarding;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One contact between the vendor and a partner, with notes and the people involved. */
@Entity
@Table(name = "touchpoint")
class Touchpoint {

    public static final int NOTES_MAX_LENGTH = 4000;
    public static final int PEOPLE_MAX_LENGTH = 500;

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

    @Column(length = PEOPLE_MAX_LENGTH)
    private @Nullable String people;

    @Column(nullable = false, length = NOTES_MAX_LENGTH)
    private String notes;

    @Column(name = "logged_by", nullable = false)
    private Long loggedBy;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    protected Touchpoint() {
    }

    Touchpoint(OrganizationId organization, TouchpointKind kind, LocalDate happenedOn, @Nullable String people,
               String notes, UserId loggedBy, Instant loggedAt, LocalDate today) {
        if (happenedOn.isAfter(today)) {
            throw new RuleViolation(OnboardingError.TOUCHPOINT_IN_FUTURE);
        }
        if (notes.isBlank() || notes.length() > NOTES_MAX_LENGTH) {
            throw new RuleViolation(OnboardingError.NOTES_REQUIRED, NOTES_MAX_LENGTH);
        }
        if (people != null && people.length() > PEOPLE_MAX_LENGTH) {
            throw new RuleViolation(OnboardingError.PEOPLE_TOO_LONG, PEOPLE_MAX_LENGTH);
        }
        this.organizationId = organization.value();
        this.kind = kind;
        this.happenedOn = happenedOn;
        this.people = people == null || people.isBlank() ? null : people.strip();
        this.notes = notes.strip();
        this.loggedBy = loggedBy.value();
        this.loggedAt = loggedAt;
    }

    public Long getId() {
        return id;
    }

    public TouchpointKind getKind() {
        return kind;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public @Nullable String getPeople() {
        return people;
    }

    public String getNotes() {
        return notes;
    }

    public Long getOrganizationId() {
        return organizationId;
    }
}
