package dev.partnerportal.onboarding;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One step of one organization's journey. */
@Entity
@Table(name = "onboarding_step")
class OnboardingStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StepKind kind;

    @Column(nullable = false, length = 160)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StepOwner owner;

    @Column(length = 160)
    private @Nullable String reference;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Column(name = "completed_by")
    private @Nullable Long completedBy;

    @Version
    private long version;

    protected OnboardingStep() {
    }

    OnboardingStep(OrganizationId organization, OnboardingTemplateStep template, LocalDate start) {
        this.organizationId = organization.value();
        this.position = template.position();
        this.kind = template.kind();
        this.title = template.title();
        this.owner = template.owner();
        this.reference = template.reference();
        this.dueOn = start.plusDays(template.dueOffsetDays());
    }

    /** Marks the step done; completing a done step changes nothing. */
    void complete(@Nullable UserId by, Instant now) {
        if (completedAt == null) {
            completedAt = now;
            completedBy = by == null ? null : by.value();
        }
    }

    boolean matches(OnboardingActivity activity) {
        return completedAt == null && kind == activity.kind() && activity.reference().equals(reference);
    }

    JourneyStep view(LocalDate today) {
        return new JourneyStep(id, position, kind, title, owner, dueOn, completedAt,
                completedAt == null && dueOn.isBefore(today));
    }

    Long organizationId() {
        return organizationId;
    }

    StepOwner owner() {
        return owner;
    }

    StepKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    boolean done() {
        return completedAt != null;
    }
}
