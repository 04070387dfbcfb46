package dev.partnerportal.plan;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Line diffs between two versions, part by part (java-diff-utils' Myers diff); unchanged parts are left out. */
final class PlanDiffs {

    private PlanDiffs() {
    }

    static PlanDiff between(PlanVersion from, PlanVersion to) {
        var changes = new ArrayList<PlanDiff.PartChange>();
        part(null, from.objectives().stream().map(PlanObjective::asLine).toList(),
                to.objectives().stream().map(PlanObjective::asLine).toList(), changes);
        for (var section : PlanSection.values()) {
            part(section, lines(from.sections().get(section)), lines(to.sections().get(section)), changes);
        }
        return new PlanDiff(from.getNumber(), to.getNumber(), changes);
    }

    private static List<String> lines(@Nullable String body) {
        return body == null || body.isEmpty() ? List.of() : List.of(body.split("\n"));
    }

    private static void part(@Nullable PlanSection section, List<String> before, List<String> after,
                             List<PlanDiff.PartChange> changes) {
        if (before.equals(after)) {
            return;
        }
        var lines = new ArrayList<PlanDiff.Line>();
        var position = 0;
        for (var delta : DiffUtils.diff(before, after).getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                lines.add(new PlanDiff.Line(PlanDiff.Kind.KEPT, before.get(position)));
            }
            if (delta.getType() != DeltaType.INSERT) {
                delta.getSource().getLines().forEach(line -> lines.add(new PlanDiff.Line(PlanDiff.Kind.REMOVED, line)));
            }
            if (delta.getType() != DeltaType.DELETE) {
                delta.getTarget().getLines().forEach(line -> lines.add(new PlanDiff.Line(PlanDiff.Kind.ADDED, line)));
            }
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            lines.add(new PlanDiff.Line(PlanDiff.Kind.KEPT, before.get(position)));
        }
        changes.add(new PlanDiff.PartChange(section, lines));
    }
}
