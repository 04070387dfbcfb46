package dev.partnerportal.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts searches that found nothing, per normalized query and day. Nothing about the searcher is kept,
 * and what looks like personal data in the query itself (e-mail addresses, long numbers) is masked.
 */
@Component
class GapRecorder {

    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d\\s-]{3,}\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SearchGaps gaps;
    private final Clock clock;

    GapRecorder(SearchGaps gaps, Clock clock) {
        this.gaps = gaps;
        this.clock = clock;
    }

    /** In its own transaction: a failure to count never fails the search itself. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String text) {
        var query = normalize(text);
        if (query == null) {
            return;
        }
        var today = LocalDate.now(clock);
        if (gaps.countAgain(query, today) == 0) {
            try {
                gaps.saveAndFlush(new SearchGap(query, today));
            } catch (DataIntegrityViolationException raced) {
                gaps.countAgain(query, today);
            }
        }
    }

    static @Nullable String normalize(String text) {
        var masked = NUMBER.matcher(EMAIL.matcher(text).replaceAll("[email]")).replaceAll("[number]");
        var query = SPACES.matcher(masked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (query.isEmpty()) {
            return null;
        }
        return query.length() > SearchGap.QUERY_MAX_LENGTH ? query.substring(0, SearchGap.QUERY_MAX_LENGTH) : query;
    }
}
