package dev.partnerportal.ui.tier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.partnerportal.tier.RequirementKind;
import dev.partnerportal.tier.TierRule;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The deals-won requirements of one tier: how many deals won in the period, and/or a won amount in one
 * currency. Either may be left empty.
 */
class DealsWonFields extends Composite<HorizontalLayout> {

    private final IntegerField count = new IntegerField();
    private final IntegerField amount = new IntegerField();
    private final TextField currency = new TextField();

    DealsWonFields(TierRule rule) {
        count.setLabel(getTranslation("tiers.dealsWon"));
        count.setMin(TierRule.Requirement.MIN_MINIMUM);
        count.setMax(TierRule.Requirement.MAX_MINIMUM);
        count.setClearButtonVisible(true);
        count.setId("deals-won-" + rule.tierCode());
        amount.setLabel(getTranslation("tiers.dealsWonAmount"));
        amount.setMin(TierRule.Requirement.MIN_MINIMUM);
        amount.setMax(TierRule.Requirement.MAX_AMOUNT_MINIMUM);
        amount.setClearButtonVisible(true);
        amount.setHelperText(getTranslation("tiers.dealsWonHelp"));
        amount.setId("deals-won-amount-" + rule.tierCode());
        currency.setLabel(getTranslation("tiers.dealsWonCurrency"));
        currency.setMaxLength(3);
        currency.setWidth("6em");
        currency.setId("deals-won-currency-" + rule.tierCode());
        for (var r : rule.requirements()) {
            if (r.kind() == RequirementKind.DEALS_WON) {
                count.setValue(r.minimum());
            } else if (r.kind() == RequirementKind.DEALS_WON_AMOUNT) {
                amount.setValue(r.minimum());
                currency.setValue(r.dealCurrency() == null ? "" : r.dealCurrency());
            }
        }
        getContent().add(count, amount, currency);
        getContent().setAlignItems(HorizontalLayout.Alignment.BASELINE);
    }

    /** Adds the requirements entered; false (with the fields marked) when a value is out of range. */
    boolean addTo(List<TierRule.Requirement> requirements) {
        var n = count.getValue();
        var a = amount.getValue();
        var code = currency.getValue().strip().toUpperCase(Locale.ROOT);
        boolean countOk = n == null || (n >= TierRule.Requirement.MIN_MINIMUM && n <= TierRule.Requirement.MAX_MINIMUM);
        boolean amountOk = a == null || (a >= TierRule.Requirement.MIN_MINIMUM && a <= TierRule.Requirement.MAX_AMOUNT_MINIMUM
                && known(code));
        count.setInvalid(!countOk);
        count.setErrorMessage(countOk ? null : getTranslation("error.tier.minimum-out-of-range",
                TierRule.Requirement.MIN_MINIMUM, TierRule.Requirement.MAX_MINIMUM));
        amount.setInvalid(!amountOk);
        currency.setInvalid(a != null && !known(code));
        currency.setErrorMessage(getTranslation("error.tier.deal-currency-mismatch"));
        if (!countOk || !amountOk) {
            return false;
        }
        if (n != null) {
            requirements.add(TierRule.Requirement.dealsWon(n, null));
        }
        if (a != null) {
            requirements.add(TierRule.Requirement.dealsWon(a, code));
        }
        return true;
    }

    private static boolean known(@Nullable String code) {
        try {
            return code != null && code.length() == 3 && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
