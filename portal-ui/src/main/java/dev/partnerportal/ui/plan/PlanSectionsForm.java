package dev.partnerportal.ui.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.plan.JointPlan;
import dev.partnerportal.plan.PlanEdit;
import dev.partnerportal.plan.PlanSection;
import dev.partnerportal.plan.PlanSide;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The plan's written parts, the partner's beside the vendor's. The caller's side is editable and saved as one
 * {@link PlanEdit}; the other side is shown as text. The form hands the edit to its owner and never saves itself.
 */
class PlanSectionsForm extends Div {

    PlanSectionsForm(JointPlan plan, Consumer<PlanEdit> onSave) {
        addClassName("portal-plan-sections");
        var editable = plan.editableSide();
        var drafts = new EnumMap<PlanSection, String>(PlanSection.class);
        var binder = new Binder<Map<PlanSection, String>>();
        var objectives = new ObjectivesEditor(plan.objectives(), editable == PlanSection.OBJECTIVES_SIDE);
        var columns = new Div();
        columns.addClassName("portal-plan-columns");
        for (var side : PlanSide.values()) {
            var column = new Div(new H3(getTranslation("plan.side." + side.name())));
            column.addClassName("portal-plan-column");
            column.setId("plan-side-" + side.name().toLowerCase(Locale.ROOT));
            if (side == PlanSection.OBJECTIVES_SIDE) {
                column.add(new H4(getTranslation("plan.objectives")), objectives);
            }
            for (var section : PlanSection.values()) {
                if (section.side() != side) {
                    continue;
                }
                column.add(side == editable ? field(section, binder) : readOnly(section, plan.section(section)));
            }
            columns.add(column);
        }
        add(columns);
        for (var section : PlanSection.values()) {
            drafts.put(section, plan.section(section));
        }
        binder.readBean(drafts);
        if (editable != null) {
            var save = new Button(getTranslation("plan.save"), click -> {
                var bean = new EnumMap<PlanSection, String>(PlanSection.class);
                if (!binder.writeBeanIfValid(bean) || !objectives.isValid()) {
                    return;
                }
                onSave.accept(new PlanEdit(bean, editable == PlanSection.OBJECTIVES_SIDE ? objectives.value() : null));
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("plan-save");
            add(save);
        } else {
            add(new Paragraph(getTranslation("plan.readOnly")));
        }
    }

    private TextArea field(PlanSection section, Binder<Map<PlanSection, String>> binder) {
        var area = new TextArea(getTranslation("plan.section." + section.name()));
        area.setMaxLength(PlanSection.MAX_LENGTH);
        area.setWidthFull();
        area.setId("plan-section-" + section.name().toLowerCase(Locale.ROOT));
        binder.forField(area)
                .withValidator(text -> text.strip().length() <= PlanSection.MAX_LENGTH,
                        getTranslation("error.plan.section-too-long", PlanSection.MAX_LENGTH))
                .bind(map -> map.getOrDefault(section, ""), (map, text) -> map.put(section, text));
        return area;
    }

    private Div readOnly(PlanSection section, @Nullable String text) {
        var body = new UnorderedList();
        body.addClassName("portal-plan-text");
        if (text != null) {
            for (var line : text.split("\n")) {
                body.add(new ListItem(line));
            }
        }
        var part = new Div(new H4(getTranslation("plan.section." + section.name())), body);
        part.setId("plan-section-" + section.name().toLowerCase(Locale.ROOT));
        return part;
    }
}
