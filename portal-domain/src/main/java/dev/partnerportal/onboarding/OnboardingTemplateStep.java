package dev.partnerportal.onboarding;

import dev.partnerportal.partner.PartnerType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One step of a partner type's onboarding template. */
@Entity
@Table(name = "onboarding_template_step")
class OnboardingTemplateStep {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false, length = 20)
    private PartnerType partnerType;

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

    @Column(name = "due_offset_days", nullable = false)
    private int dueOffsetDays;

    @Column(length = 160)
    private @Nullable String reference;

    protected OnboardingTemplateStep() {
    }

    int position() {
        return position;
    }

    StepKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    StepOwner owner() {
        return owner;
    }

    int dueOffsetDays() {
        return dueOffsetDays;
    }

    @Nullable String reference() {
        return reference;
    }
}
