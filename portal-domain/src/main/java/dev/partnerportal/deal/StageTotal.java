package dev.partnerportal.deal;

import java.math.BigDecimal;

/**
 * How many deals of one stage in one currency and their sum: the final amount of won deals, the estimated value
 * of the others. Different currencies are never added together.
 */
public record StageTotal(DealStage stage, String currency, int count, BigDecimal sum) {
}
