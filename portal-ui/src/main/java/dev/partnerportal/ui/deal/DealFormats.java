package dev.partnerportal.ui.deal;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money in the reader's locale with its ISO currency; amounts of different currencies are never added. */
final class DealFormats {

    private DealFormats() {
    }

    static String money(Component where, BigDecimal amount, String currency) {
        var ui = where.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        var locale = ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
        var format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            return amount.toPlainString() + " " + currency;
        }
        return format.format(amount);
    }
}
