package dev.partnerportal.relationship;

import dev.partnerportal.shared.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the desk flags about one relationship: the last touchpoint, the agreed rhythms that are overdue (none
 * when no cadence is agreed, see {@code cadenceAgreed}), the next steps past their day, and the breadth.
 */
public record RelationshipSummary(OrganizationId organization, @Nullable LocalDate lastTouchpoint, boolean cadenceAgreed,
                                  List<TouchpointKind> overdueCadence, int overdueNextSteps, Breadth breadth) {

    public RelationshipSummary {
        overdueCadence = List.copyOf(overdueCadence);
    }

    /** True when something needs the manager: a rhythm missed or a promise late. */
    public boolean needsAttention() {
        return !overdueCadence.isEmpty() || overdueNextSteps > 0;
    }
}
