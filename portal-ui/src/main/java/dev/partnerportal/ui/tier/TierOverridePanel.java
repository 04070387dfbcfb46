package dev.partnerportal.ui.tier;

import dev.partnerportal.ui.i18n.LocaleFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.tier.RecordedTierChange;
import dev.partnerportal.tier.Tiers;
import dev.partnerportal.ui.layout.Notices;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** For managers: the tier history with reasons, and a form to override the tier for a while or end an override. */
public class TierOverridePanel extends Div {

    /** Shows the organization's tier history and override form; {@code onChange} runs after an override is set or ended. */
    public TierOverridePanel(Tiers tiers, OrganizationId organization, Runnable onChange) {
        addClassName("portal-tier-admin");
        var history = new UnorderedList();
        history.setId("tier-history");
        for (RecordedTierChange change : tiers.history(organization).orElse(List.of())) {
            history.add(new ListItem(LocaleFormats.date(change.changedAt(), getLocale()) + " · " + change.from().name() + " → "
                    + change.to().name() + " · " + change.reason()));
        }
        var tier = new Select<String>();
        tier.setLabel(getTranslation("tier.overrideTier"));
        tier.setItems("REGISTERED", "SILVER", "GOLD", "PLATINUM");
        tier.setItemLabelGenerator(code -> code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT));
        tier.setValue("GOLD");
        var reason = new TextField(getTranslation("tier.overrideReason"));
        reason.setMaxLength(Tiers.OVERRIDE_REASON_MAX_LENGTH);
        reason.setId("override-reason");
        var until = new DatePicker(getTranslation("tier.overrideUntil"), LocalDate.now().plusMonths(3));
        until.setMin(LocalDate.now().plusDays(1));
        until.setMax(LocalDate.now().plusDays(Tiers.MAX_OVERRIDE_DAYS));
        var binder = new Binder<OverrideDraft>();
        binder.forField(tier).asRequired(getTranslation("tier.overrideInvalid")).bind(d -> d.tier, (d, v) -> d.tier = v);
        binder.forField(reason).asRequired(getTranslation("tier.overrideInvalid"))
                .withValidator(text -> !text.isBlank(), getTranslation("tier.overrideInvalid"))
                .bind(d -> d.reason, (d, v) -> d.reason = v);
        binder.forField(until).asRequired(getTranslation("error.tier.override-end-out-of-range"))
                .withValidator(day -> !day.isBefore(until.getMin()) && !day.isAfter(until.getMax()),
                        getTranslation("error.tier.override-end-out-of-range"))
                .bind(d -> d.until, (d, v) -> d.until = v);
        var save = new Button(getTranslation("tier.overrideSave"), click -> {
            var draft = new OverrideDraft();
            if (!binder.writeBeanIfValid(draft) || draft.tier == null || draft.until == null) {
                return;
            }
            try {
                tiers.override(organization, draft.tier, draft.reason, draft.until);
                onChange.run();
            } catch (RuleViolation refused) {
                reason.setErrorMessage(Notices.message(refused));
                reason.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-override");
        var clear = new Button(getTranslation("tier.overrideClear"), click -> {
            tiers.clearOverride(organization);
            onChange.run();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(history, new FormLayout(tier, reason, until), new Div(save, clear));
    }

    /** What the override form collects; the Binder fills it only when every field is valid. */
    private static final class OverrideDraft {
        private @Nullable String tier;
        private String reason = "";
        private @Nullable LocalDate until;
    }
}
