package dev.partnerportal.search;

/**
 * The index as administrators see it: whether it answers searches, whether a rebuild runs (with its
 * progress), how many documents it holds against how many items are published, and the last change applied.
 */
public record IndexStatus(boolean serving, boolean rebuilding, long rebuildDone, long rebuildTotal,
                          long documents, long published, long checkpoint) {

    /** Rebuild progress from 0 to 1. */
    public double progress() {
        return rebuildTotal == 0 ? (rebuilding ? 0 : 1) : Math.min(1, (double) rebuildDone / rebuildTotal);
    }
}
