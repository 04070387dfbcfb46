package dev.partnerportal.content;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Builds list queries and turns items into the records the services return. */
@Component
class ContentQueries {

    /**
     * The partner's place in the program (tier, region and their organization's industries); {@code null}
     * audience means staff, who are not restricted.
     */
    /** A partner's place in the program; {@code products} only choose news, never what they may read. */
    record Audience(String tierCode, String region, List<String> industries, List<String> products) {
    }

    private final MarkdownRenderer markdown;
    private final Clock clock;

    ContentQueries(MarkdownRenderer markdown, Clock clock) {
        this.markdown = markdown;
        this.clock = clock;
    }

    /**
     * The filter as a query. With an audience, only published items whose tier and region lists are empty
     * or contain the partner's tier and region: the same rule as {@link ContentItem#visibleTo}.
     */
    Specification<ContentItem> matching(ContentFilter filter, @Nullable Audience audience, boolean publishedOnly) {
        var today = LocalDate.now(clock);
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (publishedOnly || audience != null) {
                where.add(cb.equal(root.get("status"), ContentStatus.PUBLISHED));
            } else if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (audience != null) {
                where.add(cb.or(cb.equal(root.get("audienceTiers"), ""),
                        cb.like(root.get("audienceTiers"), Terms.containsPattern(audience.tierCode()), '\\')));
                where.add(cb.or(cb.equal(root.get("regions"), ""),
                        cb.like(root.get("regions"), Terms.containsPattern(audience.region()), '\\')));
                var industries = new ArrayList<Predicate>();
                industries.add(cb.equal(root.get("audienceIndustries"), ""));
                audience.industries().forEach(industry ->
                        industries.add(cb.like(root.get("audienceIndustries"), Terms.containsPattern(industry), '\\')));
                where.add(cb.or(industries.toArray(Predicate[]::new)));
            }
            if (filter.type() != null) {
                where.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.industry() != null && !filter.industry().isBlank()) {
                where.add(cb.like(root.get("industries"), Terms.containsPattern(filter.industry().strip()), '\\'));
            }
            if (filter.product() != null && !filter.product().isBlank()) {
                where.add(cb.like(root.get("products"), Terms.containsPattern(filter.product().strip()), '\\'));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
                        cb.like(cb.lower(root.get("summary")), pattern, '\\')));
            }
            if (filter.publishedAfter() != null) {
                where.add(cb.greaterThan(root.get("publishedAt"), filter.publishedAfter()));
            }
            if (filter.reviewOverdueOnly()) {
                where.add(cb.lessThan(root.get("reviewBy"), today));
                where.add(cb.notEqual(root.get("status"), ContentStatus.ARCHIVED));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * {@link #matching} with one item per translation group: an item is dropped when another item of its group also
     * matches and ranks before it (the reader's {@code language} first, then English, then the lower id).
     */
    Specification<ContentItem> onePerTranslationGroup(ContentFilter filter, @Nullable Audience audience,
                                                      boolean publishedOnly, String language) {
        var base = matching(filter, audience, publishedOnly);
        return base.and((root, query, cb) -> {
            var sub = Objects.requireNonNull(query, "query").subquery(Long.class);
            var other = sub.from(ContentItem.class);
            var rootRank = rank(cb, root.get("language"), language);
            var otherRank = rank(cb, other.get("language"), language);
            var ranksBefore = cb.or(cb.lessThan(otherRank, rootRank),
                    cb.and(cb.equal(otherRank, rootRank), cb.lessThan(other.<Long>get("id"), root.<Long>get("id"))));
            sub.select(other.get("id")).where(cb.equal(other.get("translationGroup"), root.get("translationGroup")),
                    cb.notEqual(other.get("id"), root.get("id")), base.toPredicate(other, query, cb), ranksBefore);
            return cb.not(cb.exists(sub));
        });
    }

    private static Expression<Integer> rank(CriteriaBuilder cb, Path<String> itemLanguage, String language) {
        return cb.<Integer>selectCase()
                .when(cb.equal(itemLanguage, language), 0)
                .when(cb.equal(itemLanguage, "en"), 1)
                .otherwise(2);
    }

    ContentSummary summary(ContentItem item) {
        var reviewBy = item.reviewBy();
        var overdue = reviewBy != null && reviewBy.isBefore(LocalDate.now(clock))
                && item.status() != ContentStatus.ARCHIVED;
        return new ContentSummary(item.id(), item.slug(), item.type(), item.title(), item.summary(),
                item.language(), item.status(), item.industries(), item.products(), item.regions(), item.tiers(),
                item.tags(), reviewBy, overdue, item.publishedAt(), item.updatedAt(), item.revision(),
                item.version());
    }

    ContentDetails details(ContentItem item, List<ContentItem> translations) {
        return new ContentDetails(summary(item), item.body(), markdown.toSafeHtml(item.body()), item.cheatSheet(),
                item.publishAt(), item.expireAt(), translations.stream()
                .filter(t -> !t.id().equals(item.id()))
                .map(t -> new ContentDetails.Translation(t.id(), t.slug(), t.language(), t.title()))
                .toList());
    }
}
