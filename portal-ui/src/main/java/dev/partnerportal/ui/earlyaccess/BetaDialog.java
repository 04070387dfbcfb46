package dev.partnerportal.ui.earlyaccess;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.earlyaccess.BetaDraft;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.tier.TierRule;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The form staff fill in to open a beta; hands a valid draft to {@code onSave}. */
class BetaDialog extends Dialog {

    /** What the form collects. */
    static final class Draft {
        String name = "";
        String description = "";
        @Nullable TierRule minimumTier;
        Set<PartnerType> types = EnumSet.noneOf(PartnerType.class);
        @Nullable Integer capacity = 10;
        @Nullable LocalDate startsOn = LocalDate.now();
        @Nullable LocalDate endsOn = LocalDate.now().plusDays(90);
    }

    BetaDialog(List<TierRule> tiers, Consumer<BetaDraft> onSave) {
        setHeaderTitle(getTranslation("earlyaccess.open.title"));
        setId("beta-dialog");
        var required = getTranslation("earlyaccess.required");
        var name = new TextField(getTranslation("earlyaccess.name"));
        name.setMaxLength(BetaDraft.NAME_MAX_LENGTH);
        name.setId("beta-name");
        var description = new TextArea(getTranslation("earlyaccess.description"));
        description.setMaxLength(BetaDraft.DESCRIPTION_MAX_LENGTH);
        description.setId("beta-description");
        var tier = new Select<TierRule>();
        tier.setLabel(getTranslation("earlyaccess.minimumTier"));
        tier.setItems(tiers);
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("earlyaccess.anyTier"));
        tier.setItemLabelGenerator(t -> t == null ? getTranslation("earlyaccess.anyTier") : t.tierName());
        var types = new CheckboxGroup<PartnerType>(getTranslation("earlyaccess.partnerTypes"));
        types.setItems(PartnerType.values());
        types.setItemLabelGenerator(t -> getTranslation("partnerType." + t.name()));
        types.setHelperText(getTranslation("earlyaccess.anyTypeHelp"));
        var capacity = new IntegerField(getTranslation("earlyaccess.capacity"));
        capacity.setMin(1);
        capacity.setMax(BetaDraft.MAX_CAPACITY);
        capacity.setId("beta-capacity");
        var starts = new DatePicker(getTranslation("earlyaccess.startsOn"));
        var ends = new DatePicker(getTranslation("earlyaccess.endsOn"));

        var binder = new Binder<Draft>();
        binder.forField(name).asRequired(required).withValidator(v -> !v.isBlank(), required).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(description).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(tier).bind(d -> d.minimumTier, (d, v) -> d.minimumTier = v);
        binder.forField(types).bind(d -> d.types, (d, v) -> d.types = v);
        binder.forField(capacity).asRequired(required)
                .withValidator(c -> c >= 1 && c <= BetaDraft.MAX_CAPACITY, getTranslation("error.earlyaccess.capacity-out-of-range", BetaDraft.MAX_CAPACITY))
                .bind(d -> d.capacity, (d, v) -> d.capacity = v);
        binder.forField(starts).asRequired(required).bind(d -> d.startsOn, (d, v) -> d.startsOn = v);
        binder.forField(ends).asRequired(required)
                .withValidator(end -> starts.getValue() == null || !end.isBefore(starts.getValue()),
                        getTranslation("error.earlyaccess.dates-out-of-order"))
                .bind(d -> d.endsOn, (d, v) -> d.endsOn = v);
        binder.readBean(new Draft());

        var save = new Button(getTranslation("earlyaccess.open.save"), click -> {
            var draft = new Draft();
            if (binder.writeBeanIfValid(draft) && draft.capacity != null && draft.startsOn != null && draft.endsOn != null) {
                onSave.accept(new BetaDraft(draft.name, draft.description,
                        draft.minimumTier == null ? null : draft.minimumTier.tierCode(), draft.types, draft.capacity,
                        draft.startsOn, draft.endsOn));
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-beta");
        var form = new FormLayout(name, tier, description, types, capacity, starts, ends);
        form.setColspan(description, 2);
        add(form);
        getFooter().add(new Button(getTranslation("earlyaccess.cancel"), click -> close()), save);
    }
}
