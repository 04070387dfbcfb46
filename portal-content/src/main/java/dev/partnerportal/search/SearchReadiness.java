package dev.partnerportal.search;

import org.springframework.stereotype.Component;

/**
 * Whether this node's index answers searches: not before the start-up check of the index has run, nor while an
 * index that was missing, damaged or written with another schema is rebuilt from the database. A rebuild an
 * administrator asks for keeps the old index answering, so the node stays ready. No caller check: the readiness
 * probe asks without signing in, and learns nothing but this.
 */
@Component
public class SearchReadiness {

    private final SearchIndex index;
    private final IndexFollower follower;

    SearchReadiness(SearchIndex index, IndexFollower follower) {
        this.index = index;
        this.follower = follower;
    }

    public boolean ready() {
        return follower.started() && index.serving();
    }
}
