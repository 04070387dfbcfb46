package dev.partnerportal.analytics;

import dev.partnerportal.activity.QueryUse;
import java.util.List;

/** Search in a range: the most frequent queries, those that found nothing, and the totals for click-through. */
public record SearchFigures(List<QueryUse> topQueries, List<QueryUse> zeroResultQueries, long searches, long clicks) {

    /** Clicks per search in whole percent (0 without searches). */
    public int clickThrough() {
        return searches == 0 ? 0 : (int) Math.round(clicks * 100.0 / searches);
    }
}
