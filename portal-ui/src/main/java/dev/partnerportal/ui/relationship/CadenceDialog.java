package dev.partnerportal.ui.relationship;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.relationship.CadenceEntry;
import dev.partnerportal.relationship.CadenceStatus;
import dev.partnerportal.relationship.TouchpointKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Agrees the cadence: for each kind of touchpoint, every how many weeks (empty: not part of the rhythm). */
class CadenceDialog extends Dialog {

    CadenceDialog(List<CadenceStatus> current, Consumer<List<CadenceEntry>> onSave) {
        setHeaderTitle(getTranslation("relationship.cadence.edit"));
        setId("cadence-dialog");
        var weeks = new EnumMap<TouchpointKind, Integer>(TouchpointKind.class);
        current.forEach(status -> weeks.put(status.entry().kind(), status.entry().everyWeeks()));
        var binder = new Binder<Map<TouchpointKind, Integer>>();
        var form = new FormLayout();
        for (var kind : TouchpointKind.values()) {
            var field = new IntegerField(getTranslation("relationship.kind." + kind.name()) + " · "
                    + getTranslation("relationship.cadence.weeks"));
            field.setMin(CadenceEntry.MIN_WEEKS);
            field.setMax(CadenceEntry.MAX_WEEKS);
            field.setId("cadence-" + kind.name());
            binder.forField(field)
                    .withValidator(value -> value == null || (value >= CadenceEntry.MIN_WEEKS && value <= CadenceEntry.MAX_WEEKS),
                            getTranslation("error.relationship.cadence-out-of-range", CadenceEntry.MIN_WEEKS, CadenceEntry.MAX_WEEKS))
                    .bind(map -> map.get(kind), (map, value) -> {
                        if (value == null) {
                            map.remove(kind);
                        } else {
                            map.put(kind, value);
                        }
                    });
            form.add(field);
        }
        binder.readBean(weeks);
        add(form);
        var save = new Button(getTranslation("relationship.touchpoint.save"), click -> {
            if (!binder.writeBeanIfValid(weeks)) {
                return;
            }
            var entries = new ArrayList<CadenceEntry>();
            weeks.forEach((kind, every) -> entries.add(new CadenceEntry(kind, every)));
            onSave.accept(entries);
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("cadence-save");
        getFooter().add(new Button(getTranslation("relationship.touchpoint.cancel"), click -> close()), save);
    }
}
