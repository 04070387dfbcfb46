package dev.partnerportal.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Something one side promised at a touchpoint, by a date. */
@Entity
@Table(name = "touchpoint_next_step")
class NextStep {

    static final int DESCRIPTION_MAX_LENGTH = 500;
    static final int OWNER_MAX_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(name = "owner_name", nullable = false, length = OWNER_MAX_LENGTH)
    private String ownerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_side", nullable = false, length = 10)
    private Side ownerSide;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean done;

    protected NextStep() {
    }

    NextStep(NextStepForm form) {
        this.description = Texts.required(form.description(), DESCRIPTION_MAX_LENGTH, RelationshipError.NEXT_STEP_INCOMPLETE);
        this.ownerName = Texts.required(form.ownerName(), OWNER_MAX_LENGTH, RelationshipError.NEXT_STEP_INCOMPLETE);
        this.ownerSide = form.ownerSide();
        this.dueOn = form.dueOn();
    }

    /** Overdue: not done and its day has passed. */
    boolean overdueOn(LocalDate today) {
        return !done && dueOn.isBefore(today);
    }

    void markDone() {
        this.done = true;
    }

    NextStepEntry entry(LocalDate today) {
        return new NextStepEntry(id, description, ownerName, ownerSide, dueOn, done, overdueOn(today));
    }

    Long id() {
        return id;
    }
}
