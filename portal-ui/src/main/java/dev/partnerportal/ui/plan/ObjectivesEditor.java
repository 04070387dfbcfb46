package dev.partnerportal.ui.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.plan.PlanObjective;
import java.util.ArrayList;
import java.util.List;

/** The measurable objectives: read as a list, or edited as rows of objective, metric and target. */
class ObjectivesEditor extends Div {

    /** One row being edited; the Binder fills it only when all three fields are valid. */
    private static final class Row {
        private String description = "";
        private String metric = "";
        private String target = "";
    }

    private final List<Binder<Row>> rows = new ArrayList<>();
    private final Div editors = new Div();
    private final Button add = new Button(getTranslation("plan.objective.add"), click -> addRow(new Row()));

    ObjectivesEditor(List<PlanObjective> objectives, boolean editable) {
        addClassName("portal-plan-objectives");
        setId("plan-objectives");
        if (!editable) {
            var list = new UnorderedList();
            objectives.forEach(o -> list.add(new ListItem(o.asLine())));
            add(list);
            return;
        }
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("plan-objective-add");
        add(editors, add);
        for (var objective : objectives) {
            var row = new Row();
            row.description = objective.description();
            row.metric = objective.metric();
            row.target = objective.target();
            addRow(row);
        }
    }

    private void addRow(Row row) {
        var description = text("plan.objective.description", PlanObjective.DESCRIPTION_MAX_LENGTH);
        var metric = text("plan.objective.metric", PlanObjective.METRIC_MAX_LENGTH);
        var target = text("plan.objective.target", PlanObjective.TARGET_MAX_LENGTH);
        var binder = new Binder<Row>();
        var required = getTranslation("plan.required");
        binder.forField(description).asRequired(required).bind(r -> r.description, (r, v) -> r.description = v);
        binder.forField(metric).asRequired(required).bind(r -> r.metric, (r, v) -> r.metric = v);
        binder.forField(target).asRequired(required).bind(r -> r.target, (r, v) -> r.target = v);
        binder.readBean(row);
        var line = new Div(description, metric, target);
        line.addClassName("portal-plan-objective");
        var remove = new Button(getTranslation("plan.objective.remove"), click -> {
            rows.remove(binder);
            editors.remove(line);
            add.setEnabled(true);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        line.add(remove);
        rows.add(binder);
        editors.add(line);
        add.setEnabled(rows.size() < PlanObjective.MAX_COUNT);
    }

    private TextField text(String key, int maxLength) {
        var field = new TextField(getTranslation(key));
        field.setMaxLength(maxLength);
        return field;
    }

    boolean isValid() {
        return rows.stream().allMatch(binder -> binder.validate().isOk());
    }

    List<PlanObjective> value() {
        var result = new ArrayList<PlanObjective>();
        for (var binder : rows) {
            var row = new Row();
            binder.writeBeanIfValid(row);
            result.add(new PlanObjective(row.description, row.metric, row.target));
        }
        return result;
    }
}
