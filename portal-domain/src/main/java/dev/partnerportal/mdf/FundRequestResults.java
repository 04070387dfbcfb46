package dev.partnerportal.mdf;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a fund request brought: the results attributed by every feature, what it cost (the paid or approved
 * claim, else the approved cost, else nothing yet) and the cost per lead (empty without leads or cost).
 */
public record FundRequestResults(Attributed attributed, @Nullable BigDecimal spent, @Nullable BigDecimal costPerLead) {
}
