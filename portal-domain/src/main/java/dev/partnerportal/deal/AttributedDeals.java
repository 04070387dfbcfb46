package dev.partnerportal.deal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The deals attributed to one fund request: how many were registered from its leads, how many were won, and the
 * won amount per currency (never added across currencies).
 */
public record AttributedDeals(int registered, int won, Map<String, BigDecimal> wonAmount) {
}
