package dev.partnerportal.plan;

import dev.partnerportal.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An organization's plan for a period as the caller sees it: the latest version's sections and objectives, the
 * commitments of both sides, the week of the period today falls in (0 before it starts), the number of the last
 * approved version if any, the side the caller may edit (null: read only) and whether the caller may approve.
 */
public record JointPlan(long id, OrganizationId organization, String organizationName, LocalDate periodStart,
                        int periodWeeks, int currentWeek, int version, PlanStatus status,
                        @Nullable Integer approvedVersion, Map<PlanSection, String> sections,
                        List<PlanObjective> objectives, List<PlanCommitment> commitments, Instant editedAt,
                        String editedBy, @Nullable PlanSide editableSide, boolean mayApprove) {

    /** The shortest and the longest period of a plan in weeks. */
    public static final int QUARTER_WEEKS = 12;
    public static final int HALF_YEAR_WEEKS = 26;

    public JointPlan {
        sections = Map.copyOf(sections);
        objectives = List.copyOf(objectives);
        commitments = List.copyOf(commitments);
    }

    /** The last day of the period. */
    public LocalDate periodEnd() {
        return periodStart.plusWeeks(periodWeeks).minusDays(1);
    }

    public String section(PlanSection section) {
        return sections.getOrDefault(section, "");
    }
}
