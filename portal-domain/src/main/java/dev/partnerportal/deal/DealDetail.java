package dev.partnerportal.deal;

import java.util.List;

/** One registration with its co-selling requests and, for staff only, its conflicts (always empty for partners). */
public record DealDetail(DealSummary summary, List<CoSellingView> coSelling, List<DealConflict> conflicts) {
}
