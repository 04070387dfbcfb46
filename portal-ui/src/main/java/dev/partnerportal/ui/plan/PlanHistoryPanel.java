package dev.partnerportal.ui.plan;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import dev.partnerportal.plan.PlanDiff;
import dev.partnerportal.plan.PlanVersionSummary;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** The versions of a plan and, for any two of them, what changed: lines removed and added, part by part. */
class PlanHistoryPanel extends Div {

    PlanHistoryPanel(List<PlanVersionSummary> versions, BiFunction<Integer, Integer, PlanDiff> diff) {
        addClassName("portal-plan-history");
        var list = new UnorderedList();
        list.setId("plan-versions");
        versions.forEach(v -> list.add(new ListItem(getTranslation("plan.versionValue", v.number()) + " · "
                + getTranslation("plan.status." + v.status().name()) + " · " + LocaleFormats.dateTime(v.editedAt(), getLocale()) + " · " + v.editedBy())));
        add(list);
        if (versions.size() < 2) {
            return;
        }
        var numbers = versions.stream().map(PlanVersionSummary::number).toList();
        var from = new Select<Integer>();
        from.setLabel(getTranslation("plan.history.from"));
        from.setItems(numbers);
        from.setValue(numbers.get(1));
        var to = new Select<Integer>();
        to.setLabel(getTranslation("plan.history.to"));
        to.setItems(numbers);
        to.setValue(numbers.getFirst());
        var result = new Div();
        result.setId("plan-diff");
        var compare = new Button(getTranslation("plan.history.compare"), click -> show(diff.apply(from.getValue(), to.getValue()), result));
        compare.setId("plan-compare");
        var controls = new Div(from, to, compare);
        controls.addClassName("portal-plan-history-controls");
        add(controls, result);
    }

    private void show(PlanDiff diff, Div result) {
        result.removeAll();
        if (diff.changes().isEmpty()) {
            result.add(new Paragraph(getTranslation("plan.history.same")));
            return;
        }
        for (var change : diff.changes()) {
            result.add(new H4(change.section() == null ? getTranslation("plan.history.objectives")
                    : getTranslation("plan.section." + change.section().name())));
            var lines = new UnorderedList();
            lines.addClassName("portal-plan-diff");
            for (var line : change.lines()) {
                var item = new ListItem(line.text());
                item.addClassName("portal-plan-diff-" + line.kind().name().toLowerCase(Locale.ROOT));
                item.getElement().setAttribute("title", getTranslation("plan.history.line." + line.kind().name()));
                lines.add(item);
            }
            result.add(lines);
        }
    }
}
