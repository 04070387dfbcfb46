package dev.partnerportal.activity;

/** One normalized search query in a range of days: how often partner people ran it, found nothing, and clicked a result. */
public record QueryUse(String query, long searches, long zeroResults, long clicks) {

    /** Clicks per search, 0 to 1 (a query can be clicked more than once per search). */
    public double clickThrough() {
        return searches == 0 ? 0 : (double) clicks / searches;
    }
}
