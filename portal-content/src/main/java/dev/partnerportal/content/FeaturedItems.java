package dev.partnerportal.content;

import dev.partnerportal.shared.Caller;
import java.util.List;

/**
 * The items editors feature for a reader, best first. The library shows them as cards above everything else,
 * after its own audience check; without an implementation in the application context it shows none. The
 * editors' "featured" flag (issue 15, part A) provides it.
 */
public interface FeaturedItems {

    /** Up to {@code limit} featured item ids for {@code reader}. */
    List<ContentItemId> featuredFor(Caller reader, int limit);
}
