package dev.partnerportal.deal;

import java.util.List;

/** The deals the caller may see that pass a filter, newest first, with totals per stage and currency. */
public record Pipeline(List<DealSummary> deals, List<StageTotal> totals) {
}
