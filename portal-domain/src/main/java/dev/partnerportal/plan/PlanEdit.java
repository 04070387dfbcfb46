package dev.partnerportal.plan;

import dev.partnerportal.shared.RuleViolation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Changes to one side's part of a plan: the sections named (a blank text empties one; sections left out stay as
 * they are) and, when not null, the whole list of objectives. Every part named must belong to the editor's side.
 */
public record PlanEdit(Map<PlanSection, String> sections, @Nullable List<PlanObjective> objectives) {

    public PlanEdit {
        sections = sections.isEmpty() ? Map.of() : new EnumMap<>(sections);
        for (var body : sections.values()) {
            if (body.strip().length() > PlanSection.MAX_LENGTH) {
                throw new RuleViolation(PlanError.SECTION_TOO_LONG, PlanSection.MAX_LENGTH);
            }
        }
        if (objectives != null) {
            if (objectives.size() > PlanObjective.MAX_COUNT) {
                throw new RuleViolation(PlanError.TOO_MANY_OBJECTIVES, PlanObjective.MAX_COUNT);
            }
            objectives = List.copyOf(objectives);
        }
    }

    /** True when every part this edit names is written by {@code side}. */
    boolean onlyTouches(PlanSide side) {
        return sections.keySet().stream().allMatch(section -> section.side() == side)
                && (objectives == null || PlanSection.OBJECTIVES_SIDE == side);
    }
}
