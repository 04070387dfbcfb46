package dev.partnerportal.relationship;

import dev.partnerportal.shared.RuleViolation;

/** One line of an agreed cadence, for example a call every 4 weeks or a business review every 13. */
public record CadenceEntry(TouchpointKind kind, int everyWeeks) {

    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 52;

    public CadenceEntry {
        if (everyWeeks < MIN_WEEKS || everyWeeks > MAX_WEEKS) {
            throw new RuleViolation(RelationshipError.CADENCE_OUT_OF_RANGE, MIN_WEEKS, MAX_WEEKS);
        }
    }
}
