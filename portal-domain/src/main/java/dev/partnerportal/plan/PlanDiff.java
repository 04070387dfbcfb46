package dev.partnerportal.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What changed between two versions of a plan: per changed part, its lines kept, removed and added in order. */
public record PlanDiff(int from, int to, List<PartChange> changes) {

    public PlanDiff {
        changes = List.copyOf(changes);
    }

    /** One changed part: a section, or the objectives when {@code section} is null. */
    public record PartChange(@Nullable PlanSection section, List<Line> lines) {
        public PartChange {
            lines = List.copyOf(lines);
        }
    }

    public record Line(Kind kind, String text) {
    }

    public enum Kind {
        KEPT,
        REMOVED,
        ADDED
    }
}
