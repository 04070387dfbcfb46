package dev.partnerportal.ui.deal;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.partnerportal.deal.DealChange;
import dev.partnerportal.deal.DealStage;
import dev.partnerportal.deal.DealSummary;
import dev.partnerportal.deal.NewDeal;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Moves an open deal on: a stage (won with the final amount, lost with a reason) and the notes. */
class StageChangeForm extends FormLayout {

    private final Binder<Draft> binder = new Binder<>();

    static final class Draft {
        @Nullable DealStage stage;
        @Nullable BigDecimal amount;
        String reason = "";
        String notes = "";
    }

    StageChangeForm(DealSummary deal) {
        setId("deal-stage-form");
        var stage = new Select<DealStage>();
        stage.setLabel(getTranslation("deal.field.stage"));
        stage.setItems(DealStage.values());
        stage.setItemLabelGenerator(s -> getTranslation("deal.stage." + s.name()));
        stage.setId("deal-new-stage");
        var amount = new BigDecimalField(getTranslation("deal.field.finalAmount", deal.currency()));
        amount.setId("deal-final-amount");
        var reason = new TextField(getTranslation("deal.field.lostReason"));
        reason.setMaxLength(NewDeal.REASON_MAX_LENGTH);
        reason.setId("deal-lost-reason");
        var notes = new TextArea(getTranslation("deal.field.notes"));
        notes.setMaxLength(NewDeal.NOTES_MAX_LENGTH);
        notes.setId("deal-change-notes");
        amount.setVisible(false);
        reason.setVisible(false);
        stage.addValueChangeListener(e -> {
            amount.setVisible(e.getValue() == DealStage.WON);
            reason.setVisible(e.getValue() == DealStage.LOST);
        });
        binder.forField(stage).asRequired().bind(d -> d.stage, (d, v) -> d.stage = v);
        binder.forField(amount).withValidator(v -> stage.getValue() != DealStage.WON
                        || (v != null && v.signum() > 0 && v.compareTo(NewDeal.MAX_AMOUNT) <= 0 && v.stripTrailingZeros().scale() <= 2),
                getTranslation("error.deal.final-amount-required")).bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(reason).withValidator(v -> stage.getValue() != DealStage.LOST || !v.isBlank(),
                getTranslation("error.deal.reason-required", NewDeal.REASON_MAX_LENGTH)).bind(d -> d.reason, (d, v) -> d.reason = v);
        binder.forField(notes).bind(d -> d.notes, (d, v) -> d.notes = v);
        var draft = new Draft();
        draft.stage = deal.stage();
        draft.notes = deal.notes() == null ? "" : deal.notes();
        binder.readBean(draft);
        var save = new Button(getTranslation("deal.change.save"), click -> {
            var entered = new Draft();
            if (binder.writeBeanIfValid(entered)) {
                var notesChanged = !entered.notes.equals(deal.notes() == null ? "" : deal.notes());
                var stageChanged = entered.stage != deal.stage();
                fireEvent(new ChangeEvent(this, new DealChange(stageChanged ? entered.stage : null,
                        entered.stage == DealStage.WON ? entered.amount : null,
                        entered.stage == DealStage.LOST ? entered.reason : null, notesChanged ? entered.notes : null)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("deal-change-save");
        add(stage, amount, reason, notes, save);
        setColspan(notes, 2);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    static final class ChangeEvent extends ComponentEvent<StageChangeForm> {
        private final DealChange change;

        ChangeEvent(StageChangeForm source, DealChange change) {
            super(source, false);
            this.change = change;
        }

        DealChange change() {
            return change;
        }
    }
}
