package dev.partnerportal.plan;

import dev.partnerportal.shared.RuleViolation;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One numbered version of a plan's content. A draft or submitted version changes in place; an approved one is
 * frozen, and the next edit opens a copy with the next number ({@link #nextDraft}).
 */
@Entity
@Table(name = "joint_plan_version")
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(name = "edited_by", nullable = false, length = 254)
    private String editedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "approved_by", length = 254)
    private @Nullable String approvedBy;

    @ElementCollection
    @CollectionTable(name = "joint_plan_section", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "section", length = 40)
    @Column(name = "body", nullable = false, length = 2000)
    private Map<PlanSection, String> sections = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "joint_plan_objective", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ObjectiveRow> objectives = new ArrayList<>();

    protected PlanVersion() {
    }

    PlanVersion(long planId, int number, String editedBy, Instant editedAt) {
        this.planId = planId;
        this.number = number;
        this.status = PlanStatus.DRAFT;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    /** A draft copy of this approved version, numbered next, for an edit after approval. */
    PlanVersion nextDraft(String by, Instant at) {
        var next = new PlanVersion(planId, number + 1, by, at);
        next.sections.putAll(sections);
        next.objectives.addAll(objectives);
        return next;
    }

    /** Applies an edit already checked for the caller's side; a submitted version goes back to draft. */
    void apply(PlanEdit edit, String by, Instant at) {
        if (status == PlanStatus.APPROVED) {
            throw new IllegalStateException("an approved version is frozen; edit its next draft");
        }
        edit.sections().forEach((section, body) -> {
            if (body.isBlank()) {
                sections.remove(section);
            } else {
                sections.put(section, body.strip());
            }
        });
        if (edit.objectives() != null) {
            objectives.clear();
            edit.objectives().forEach(objective -> objectives.add(new ObjectiveRow(objective)));
        }
        status = PlanStatus.DRAFT;
        editedBy = by;
        editedAt = at;
    }

    void submit() {
        if (status != PlanStatus.DRAFT) {
            throw new RuleViolation(status == PlanStatus.SUBMITTED ? PlanError.ALREADY_SUBMITTED : PlanError.NOT_SUBMITTED);
        }
        status = PlanStatus.SUBMITTED;
    }

    void approve(String by, Instant at) {
        if (status != PlanStatus.SUBMITTED) {
            throw new RuleViolation(PlanError.NOT_SUBMITTED);
        }
        status = PlanStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    Long getId() {
        return id;
    }

    long getPlanId() {
        return planId;
    }

    int getNumber() {
        return number;
    }

    PlanStatus getStatus() {
        return status;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    String getEditedBy() {
        return editedBy;
    }

    @Nullable Instant getApprovedAt() {
        return approvedAt;
    }

    @Nullable String getApprovedBy() {
        return approvedBy;
    }

    Map<PlanSection, String> sections() {
        var copy = new EnumMap<PlanSection, String>(PlanSection.class);
        copy.putAll(sections);
        return copy;
    }

    List<PlanObjective> objectives() {
        return objectives.stream().map(ObjectiveRow::toObjective).toList();
    }
}
