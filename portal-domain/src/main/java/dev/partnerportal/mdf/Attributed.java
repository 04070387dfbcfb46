package dev.partnerportal.mdf;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Results attributed to a fund request: leads, deals, deals won and the amounts won per currency. */
public record Attributed(long leads, long deals, long dealsWon, Map<String, BigDecimal> wonAmountByCurrency) {

    /** Nothing attributed. */
    public static final Attributed NONE = new Attributed(0, 0, 0, Map.of());

    public Attributed {
        wonAmountByCurrency = Map.copyOf(wonAmountByCurrency);
    }

    /** Both results added up; amounts are added per currency, never across currencies. */
    public Attributed plus(Attributed other) {
        var amounts = new TreeMap<>(wonAmountByCurrency);
        other.wonAmountByCurrency.forEach((currency, amount) -> amounts.merge(currency, amount, BigDecimal::add));
        return new Attributed(leads + other.leads, deals + other.deals, dealsWon + other.dealsWon, amounts);
    }
}
