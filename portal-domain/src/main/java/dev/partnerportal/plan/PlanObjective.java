package dev.partnerportal.plan;

import dev.partnerportal.shared.RuleViolation;

/** One measurable objective: what, measured how, and the number to reach (for example "Win new logos", "signed deals", "12"). */
public record PlanObjective(String description, String metric, String target) {

    public static final int DESCRIPTION_MAX_LENGTH = 200;
    public static final int METRIC_MAX_LENGTH = 80;
    public static final int TARGET_MAX_LENGTH = 40;
    /** At most this many objectives, so that the plan stays one page. */
    public static final int MAX_COUNT = 6;

    public PlanObjective {
        description = description.strip();
        metric = metric.strip();
        target = target.strip();
        if (description.isEmpty() || metric.isEmpty() || target.isEmpty()) {
            throw new RuleViolation(PlanError.OBJECTIVE_INCOMPLETE);
        }
        if (description.length() > DESCRIPTION_MAX_LENGTH || metric.length() > METRIC_MAX_LENGTH
                || target.length() > TARGET_MAX_LENGTH) {
            throw new RuleViolation(PlanError.OBJECTIVE_TOO_LONG, DESCRIPTION_MAX_LENGTH, METRIC_MAX_LENGTH, TARGET_MAX_LENGTH);
        }
    }

    /** One line for diffs and the printed page. */
    public String asLine() {
        return description + " — " + metric + ": " + target;
    }
}
