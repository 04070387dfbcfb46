package dev.partnerportal.content;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.RuleViolation;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Timely industry news: editors subscribe the portal to RSS or Atom feeds; new entries arrive as DRAFT industry
 * reports (title, plain-text summary, source, link and date) owned by the subscribing editor, to curate, tag by
 * industry and publish through the usual workflow. An entry is imported once. A feed that fails or sends garbage
 * changes nothing but its own "last error" on the feeds page.
 */
@Service
public class IndustryNews {

    private static final Logger log = LoggerFactory.getLogger(IndustryNews.class);

    private final NewsFeeds feeds;
    private final NewsFeedEntries entries;
    private final FeedReader reader;
    private final ContentItems items;
    private final ContentRevisions revisions;
    private final ContentRules rules;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    IndustryNews(NewsFeeds feeds, NewsFeedEntries entries, FeedReader reader, ContentItems items, ContentRevisions revisions,
                 ContentRules rules, CallerContext callers, AuditTrail audit, Clock clock,
                 PlatformTransactionManager transactionManager) {
        this.feeds = feeds;
        this.entries = entries;
        this.reader = reader;
        this.items = items;
        this.revisions = revisions;
        this.rules = rules;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Subscribes the portal to a feed; its entries will be drafts owned by the caller.
     *
     * @throws RuleViolation for a blank or too long name, an address that is not http(s) or points into the
     *                       portal's own network, or one already subscribed; nothing is saved then
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    public NewsFeedId subscribe(String name, String address) {
        var caller = callers.require();
        if (name == null || name.isBlank() || name.strip().length() > NewsFeedSummary.NAME_MAX_LENGTH) {
            throw new RuleViolation(NewsFeedError.NAME_REQUIRED, NewsFeedSummary.NAME_MAX_LENGTH);
        }
        if (address == null || address.strip().length() > NewsFeedSummary.URL_MAX_LENGTH) {
            throw new RuleViolation(NewsFeedError.ADDRESS_REFUSED);
        }
        var url = reader.check(address).toString();
        return transactions.execute(status -> {
            if (feeds.existsByUrl(url)) {
                throw new RuleViolation(NewsFeedError.ALREADY_SUBSCRIBED);
            }
            var feed = feeds.save(new NewsFeed(name.strip(), url, caller.userId(), clock.instant()));
            audit.recordChange(AuditAction.NEWS_FEED_SUBSCRIBED, null, feed.name() + " " + url);
            return new NewsFeedId(feed.id());
        });
    }

    /** Every subscription, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    public List<NewsFeedSummary> feeds() {
        return transactions.execute(status -> feeds.findAllByOrderByNameAsc().stream().map(NewsFeed::view).toList());
    }

    /** Ends a subscription; drafts it brought stay. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    public void unsubscribe(NewsFeedId id) {
        transactions.executeWithoutResult(status -> {
            var feed = feeds.findById(id.value()).orElseThrow(() -> new RuleViolation(NewsFeedError.NOT_FOUND));
            entries.deleteByFeedId(feed.id());
            feeds.delete(feed);
            audit.recordChange(AuditAction.NEWS_FEED_UNSUBSCRIBED, null, feed.name() + " " + feed.url());
        });
    }

    /** Reads one feed now; returns how many new drafts it brought (0 when it failed: see its last error). */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    public int fetchNow(NewsFeedId id) {
        feeds.findById(id.value()).orElseThrow(() -> new RuleViolation(NewsFeedError.NOT_FOUND));
        return fetch(id.value());
    }

    /** Every {@code portal.news.fetch-interval}: reads every feed; running it again imports nothing twice. */
    @Scheduled(fixedDelayString = "${portal.news.fetch-interval:1h}", initialDelayString = "${portal.news.fetch-interval:1h}")
    @SchedulerLock(name = "content.fetch-industry-news")
    void fetchAll() {
        feeds.findAll().forEach(feed -> fetch(feed.id()));
    }

    /**
     * Reads outside any transaction (a slow feed holds no connection), then writes all new drafts in one
     * transaction; a failure of either records the error on the feed and imports nothing.
     */
    int fetch(long feedId) {
        var address = transactions.execute(status -> feeds.findById(feedId).map(NewsFeed::url).orElse(null));
        if (address == null) {
            return 0;
        }
        try {
            var read = reader.read(address);
            var imported = transactions.execute(status -> importEntries(feedId, read));
            return imported == null ? 0 : imported;
        } catch (FeedReader.FeedException | RuleViolation | org.springframework.dao.DataAccessException e) {
            var message = e instanceof FeedReader.FeedException ? "The feed " + e.getMessage()
                    : "The feed could not be imported (" + e.getClass().getSimpleName() + ")";
            log.info("News feed {} failed: {}", feedId, message);
            transactions.executeWithoutResult(status -> feeds.findById(feedId).ifPresent(feed -> feed.failed(message, clock.instant())));
            return 0;
        }
    }

    private int importEntries(long feedId, List<FeedReader.Entry> read) {
        var feed = feeds.findById(feedId).orElseThrow();
        var now = clock.instant();
        int imported = 0;
        for (var entry : read) {
            if (entries.existsByFeedIdAndEntryKey(feedId, entry.key())) {
                continue;
            }
            var draft = draft(feed, entry);
            rules.check(draft);
            var item = items.save(new ContentItem(draft, rules.uniqueSlug("", draft.title(), null), feed.subscribedBy(),
                    UUID.randomUUID().toString(), now));
            revisions.keep(item, "news feed " + feed.name(), now, "imported from " + feed.name());
            entries.save(new NewsFeedEntry(feedId, entry.key(), item.id().value(), now));
            imported++;
        }
        feed.fetched(imported, now);
        if (imported > 0) {
            // The scheduled job has no signed-in caller; the feed is the actor.
            audit.record(AuditAction.NEWS_FEED_ENTRIES_IMPORTED, "news feed", null, imported + " from " + feed.name(), null);
        }
        return imported;
    }

    /** A draft industry report: the entry's text as plain text, and its source, link and date at the end of the body. */
    static ContentDraft draft(NewsFeed feed, FeedReader.Entry entry) {
        var title = cut(entry.title(), ContentDraft.TITLE_MAX_LENGTH);
        var summary = cut(entry.summary(), ContentDraft.SUMMARY_MAX_LENGTH);
        var source = new StringBuilder("Source: ").append(escape(feed.name()));
        if (entry.link() != null) {
            source.append(" — <").append(entry.link().replace(">", "%3E").replace(" ", "%20")).append('>');
        }
        if (entry.published() != null) {
            source.append(" — ").append(DateTimeFormatter.ISO_LOCAL_DATE.format(entry.published().atOffset(ZoneOffset.UTC)));
        }
        var body = cut(escape(entry.summary()), ContentDraft.BODY_MAX_LENGTH - 2_000) + "\n\n" + source;
        return ContentDraft.of(ContentType.INDUSTRY_REPORT, title, summary, body);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    /** Plain text in Markdown: characters that would start markup are escaped, so feed text stays text. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1");
    }
}
