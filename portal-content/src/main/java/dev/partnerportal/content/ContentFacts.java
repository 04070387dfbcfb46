package dev.partnerportal.content;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Titles and "was this helpful?" counts of content items by id, for analytics. Caller-unchecked: for services
 * that decided already who may see the figures (staff), never views or the API.
 */
@Component
@Transactional(readOnly = true)
public class ContentFacts {

    /** One item's title and its feedback in a period: how many said helpful, of how many answers. */
    public record ItemFacts(long itemId, String title, String slug, long helpful, long answers) {

        /** Share of helpful answers, 0 to 1, or null without answers. */
        public @org.jspecify.annotations.Nullable Double helpfulShare() {
            return answers == 0 ? null : (double) helpful / answers;
        }
    }

    private final ContentItems items;
    private final ContentFeedbackEntries feedback;

    ContentFacts(ContentItems items, ContentFeedbackEntries feedback) {
        this.items = items;
        this.feedback = feedback;
    }

    /** Facts of the items among {@code ids} that exist, with feedback from partner people in [from, until). */
    public Map<Long, ItemFacts> of(Collection<Long> ids, Instant from, Instant until) {
        var result = new HashMap<Long, ItemFacts>();
        if (ids.isEmpty()) {
            return result;
        }
        var counts = new HashMap<Long, long[]>();
        for (var row : feedback.helpfulCounts(ids, from, until)) {
            counts.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        for (var item : items.findAllById(ids)) {
            var count = counts.getOrDefault(item.id().value(), new long[] {0, 0});
            result.put(item.id().value(), new ItemFacts(item.id().value(), item.title(), item.slug(), count[0], count[1]));
        }
        return result;
    }
}
