package dev.partnerportal.content;

import dev.partnerportal.activity.ActivityFigures;
import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.onboarding.OnboardingActivity;
import dev.partnerportal.onboarding.StepKind;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' library. Every read answers only published items inside the caller's audience (their
 * organization's tier and region); any other id or slug is answered as if it did not exist. Staff see
 * every published item.
 */
@Service
@Transactional(readOnly = true)
public class ContentLibrary {

    /** How many newest items recommendations are chosen from. */
    static final int RECOMMENDATION_POOL = 60;
    /** How many recently opened items recommendations look at. */
    static final int RECENT_FOR_RECOMMENDING = 10;

    private final ContentItems items;
    private final ContentFeedbackEntries feedback;
    private final ContentVisits visits;
    private final ApplicationEventPublisher events;
    private final ContentRules rules;
    private final ContentQueries queries;
    private final ContentAudience audience;
    private final AttachmentRecords attachments;
    private final CallerContext callers;
    private final Clock clock;
    private final ActivityRecorder activity;
    private final ActivityFigures figures;

    ContentLibrary(ContentItems items, ContentFeedbackEntries feedback, ContentVisits visits, ContentRules rules,
                   ContentQueries queries, ContentAudience audience, AttachmentRecords attachments,
                   CallerContext callers, Clock clock, ApplicationEventPublisher events,
                   ActivityRecorder activity, ActivityFigures figures) {
        this.activity = activity;
        this.figures = figures;
        this.events = events;
        this.items = items;
        this.feedback = feedback;
        this.visits = visits;
        this.rules = rules;
        this.queries = queries;
        this.audience = audience;
        this.attachments = attachments;
        this.callers = callers;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<ContentSummary> browse(ContentFilter filter, Pageable pageable) {
        return items.findAll(queries.matching(filter, audience.of(callers.require()), true), pageable)
                .map(queries::summary);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ContentDetails> find(ContentItemId id) {
        return visible(items.findById(id.value()));
    }

    /**
     * The library with one entry per translation group: the item in {@code language} (a language code such as
     * "hu", the reader's) where the group has one the caller may read and that matches the filter, else the English
     * one, else the oldest. Items that are not translated are listed as they are.
     */
    @PreAuthorize("isAuthenticated()")
    public Page<ContentSummary> browse(ContentFilter filter, String language, Pageable pageable) {
        return items.findAll(queries.onePerTranslationGroup(filter, audience.of(callers.require()), true,
                ContentLanguages.primary(language)), pageable).map(queries::summary);
    }

    /**
     * The item as its reader should see it first: its translation in {@code language} when the caller may read one,
     * else the item itself, with every other version the caller may read offered as a translation. Empty exactly
     * when {@link #find(ContentItemId)} is.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ContentDetails> find(ContentItemId id, String language) {
        return preferred(items.findById(id.value()), language);
    }

    /** As {@link #find(ContentItemId, String)}, by slug. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ContentDetails> findBySlug(String slug, String language) {
        return preferred(items.findBySlug(slug), language);
    }

    private Optional<ContentDetails> preferred(Optional<ContentItem> found, String language) {
        var reader = audience.reader(callers.require());
        var wanted = ContentLanguages.primary(language);
        return found.filter(reader::mayRead).map(item -> {
            var group = items.findByTranslationGroupOrderByLanguage(item.translationGroup()).stream()
                    .filter(reader::mayRead).toList();
            var shown = ContentLanguages.primary(item.language()).equals(wanted) ? item : group.stream()
                    .filter(t -> ContentLanguages.primary(t.language()).equals(wanted)).findFirst().orElse(item);
            return queries.details(shown, group);
        });
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ContentDetails> findBySlug(String slug) {
        return visible(items.findBySlug(slug));
    }

    /**
     * Notes that the caller opened an item: recorded as activity (for "recently viewed" and analytics) and, for a
     * partner, so that an onboarding step asking to read it completes itself. Items outside the caller's audience
     * are ignored, exactly as if they did not exist.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(ContentItemId id) {
        var caller = callers.require();
        items.findById(id.value()).filter(item -> mayRead(caller, item)).ifPresent(item -> {
            activity.contentUsed(caller, ActivityKind.ITEM_VIEW, item.id().value(), item.type().name(), item.language());
            if (!caller.isStaff()) {
                events.publishEvent(new OnboardingActivity(caller.organizationId(), StepKind.READ_CONTENT, item.slug()));
            }
        });
    }

    /** What the caller opened in the library lately (90 days), last opened first, each once, still readable. */
    @PreAuthorize("isAuthenticated()")
    public List<ContentSummary> recentlyViewed(int limit) {
        var caller = callers.require();
        return readable(caller, figures.recentlyViewed(caller.userId(), limit * 2), limit);
    }

    /**
     * Items recommended to the caller, up to {@code limit}: of the newest published items they may read (one per
     * translation group, in {@code language}), those for their organization's industries and those sharing an
     * industry or product with what they opened lately, best match first; items they opened lately are left out.
     * The newest items when nothing matches.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ContentSummary> recommended(String language, int limit) {
        var caller = callers.require();
        var reader = audience.of(caller);
        var own = reader == null ? List.<String>of() : reader.industries();
        var recent = recentlyViewed(RECENT_FOR_RECOMMENDING);
        var seen = recent.stream().map(ContentSummary::id).collect(Collectors.toSet());
        var recentTerms = new java.util.HashSet<String>();
        recent.forEach(r -> {
            recentTerms.addAll(r.industries());
            recentTerms.addAll(r.products());
        });
        var candidates = browse(ContentFilter.ALL, language,
                PageRequest.of(0, RECOMMENDATION_POOL, Sort.by(Sort.Direction.DESC, "publishedAt", "id"))).getContent()
                .stream().filter(s -> !seen.contains(s.id())).toList();
        var scored = candidates.stream()
                .map(s -> java.util.Map.entry(s, 2 * (int) s.industries().stream().filter(own::contains).count()
                        + (int) java.util.stream.Stream.concat(s.industries().stream(), s.products().stream())
                        .filter(recentTerms::contains).count()))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<ContentSummary, Integer>comparingByValue().reversed())
                .map(java.util.Map.Entry::getKey).limit(limit).toList();
        return scored.isEmpty() ? candidates.stream().limit(limit).toList() : scored;
    }

    private List<ContentSummary> readable(Caller caller, List<Long> ids, int limit) {
        var reader = audience.reader(caller);
        var found = items.findAllById(ids).stream()
                .filter(item -> item.status() == ContentStatus.PUBLISHED && reader.mayRead(item))
                .collect(Collectors.toMap(item -> item.id().value(), item -> item));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).limit(limit).map(queries::summary).toList();
    }

    /** The values of a managed taxonomy, for filters and forms. */
    @PreAuthorize("isAuthenticated()")
    public List<String> terms(Taxonomy taxonomy) {
        return rules.known(taxonomy);
    }

    /**
     * Records that the caller opened the library now and returns when they did so before (empty on the
     * first visit), for "new since your last visit".
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<Instant> startVisit() {
        var userId = callers.require().userId().value();
        var now = clock.instant();
        var visit = visits.findById(userId);
        var previous = visit.map(ContentVisit::lastVisitAt);
        visit.ifPresentOrElse(v -> v.visit(now), () -> visits.save(new ContentVisit(userId, now)));
        return previous;
    }

    /** "Was this helpful?" on an item the caller may see; the comment is optional (up to 2000 characters). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void giveFeedback(ContentItemId id, boolean helpful, @Nullable String comment) {
        var caller = callers.require();
        var text = Objects.requireNonNullElse(comment, "").strip();
        if (text.length() > ItemFeedback.COMMENT_MAX_LENGTH) {
            throw new RuleViolation(ContentError.COMMENT_TOO_LONG, ItemFeedback.COMMENT_MAX_LENGTH);
        }
        var item = items.findById(id.value()).filter(i -> mayRead(caller, i))
                .orElseThrow(() -> new ContentNotFoundException(id));
        feedback.save(new ContentFeedbackEntry(item.id(), caller.userId().value(),
                caller.organization().map(o -> o.value()).orElse(null), helpful, text, clock.instant()));
    }

    /**
     * The text of a published item for the search index, with the audience the index must filter by.
     * Open to every caller because the indexer runs after commit on a thread without a signed-in person;
     * it returns nothing for items that are not published.
     */
    @PreAuthorize("permitAll()")
    public Optional<IndexableContent> forIndex(ContentItemId id) {
        return items.findById(id.value()).filter(i -> i.status() == ContentStatus.PUBLISHED)
                .map(i -> indexable(i, attachments.findByItemIdOrderByFileName(i.id().value())));
    }

    /**
     * The next {@code limit} published items with an id above {@code afterId}, in id order, for a full
     * rebuild of the search index (keyset paging, attachments read in one query per batch). Open to every
     * caller for the same reason as {@link #forIndex}.
     */
    @PreAuthorize("permitAll()")
    public List<IndexableContent> publishedForIndex(long afterId, int limit) {
        var batch = items.findByStatusAndIdGreaterThanOrderById(ContentStatus.PUBLISHED, afterId, Limit.of(limit));
        var files = attachments.findByItemIdInOrderByFileName(batch.stream().map(i -> i.id().value()).toList())
                .stream().collect(Collectors.groupingBy(a -> a.itemId().value()));
        return batch.stream().map(i -> indexable(i, files.getOrDefault(i.id().value(), List.of()))).toList();
    }

    /** How many items are published now: what a complete search index holds. */
    @PreAuthorize("permitAll()")
    public long publishedCount() {
        return items.countByStatus(ContentStatus.PUBLISHED);
    }

    /**
     * The caller's place in the program that decides which items they may read, or empty for staff, who
     * read every published item. Search puts the same rule inside its queries.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ReaderAudience> audienceOfCaller() {
        return Optional.ofNullable(audience.of(callers.require()))
                .map(a -> new ReaderAudience(a.tierCode(), a.region(), a.industries()));
    }

    /**
     * Whether every one of these items is addressed to the caller's tier and region, published or not: the
     * audience rule that training applies to a course through its lessons. Always true for staff; ids of
     * items that do not exist do not count.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean allAddressedToCaller(Collection<ContentItemId> ids) {
        var reader = audience.of(callers.require());
        if (reader == null) {
            return true;
        }
        return items.findAllById(ids.stream().map(ContentItemId::value).toList()).stream()
                .allMatch(item -> item.addressedTo(reader.tierCode(), reader.region(), reader.industries()));
    }

    private static IndexableContent indexable(ContentItem i, List<ContentAttachment> files) {
        return new IndexableContent(i.id(), i.slug(), i.type(), i.language(), i.title(), i.summary(),
                i.body(), i.cheatSheet(), i.tags(), i.industries(), i.products(), i.regions(), i.tiers(),
                i.publishedAt(), i.expireAt(), files.stream().map(ContentAttachment::extractedText)
                .filter(t -> !t.isEmpty()).toList(), i.translationGroup(), i.audienceIndustries());
    }

    private Optional<ContentDetails> visible(Optional<ContentItem> found) {
        var reader = audience.reader(callers.require());
        return found.filter(reader::mayRead)
                .map(item -> queries.details(item, items.findByTranslationGroupOrderByLanguage(item.translationGroup())
                        .stream().filter(reader::mayRead).toList()));
    }

    private boolean mayRead(Caller caller, ContentItem item) {
        return audience.mayRead(caller, item);
    }
}
