package dev.partnerportal.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An objective as stored with its version. */
@Embeddable
class ObjectiveRow {

    @Column(nullable = false, length = PlanObjective.DESCRIPTION_MAX_LENGTH)
    private String description;

    @Column(nullable = false, length = PlanObjective.METRIC_MAX_LENGTH)
    private String metric;

    @Column(nullable = false, length = PlanObjective.TARGET_MAX_LENGTH)
    private String target;

    protected ObjectiveRow() {
    }

    ObjectiveRow(PlanObjective objective) {
        this.description = objective.description();
        this.metric = objective.metric();
        this.target = objective.target();
    }

    PlanObjective toObjective() {
        return new PlanObjective(description, metric, target);
    }
}
