package dev.partnerportal.content;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.CallerContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the library has for the caller in particular: items editors feature, and items published since a moment
 * for one of their organization's industries (addressed to it or tagged with it) or products (tagged with it);
 * always only what they may read.
 * Editors choose the featured items here too.
 */
@Service
public class ContentForMe {

    /** How many published items one look scans, newest first. */
    static final int SCAN = 200;

    private final ContentItems items;
    private final ContentAudience audiences;
    private final ContentQueries queries;
    private final CallerContext callers;
    private final AuditTrail audit;

    ContentForMe(ContentItems items, ContentAudience audiences, ContentQueries queries,
                 CallerContext callers, AuditTrail audit) {
        this.audit = audit;
        this.items = items;
        this.audiences = audiences;
        this.queries = queries;
        this.callers = callers;
    }

    /** The featured items the caller may read, newest first, at most {@code limit}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ContentSummary> featuredForMe(int limit) {
        var reader = audiences.reader(callers.require());
        return items.findByStatusAndFeaturedTrueOrderByPublishedAtDescIdDesc(ContentStatus.PUBLISHED, Limit.of(SCAN)).stream()
                .filter(reader::mayRead)
                .limit(Math.max(0, limit))
                .map(queries::summary)
                .toList();
    }

    /** True when item {@code id} is featured. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public boolean isFeatured(ContentItemId id) {
        return items.findById(id.value()).orElseThrow(() -> new ContentNotFoundException(id)).featured();
    }

    /**
     * Features item {@code id} or stops featuring it (audited). It shows as featured while it is published;
     * featuring makes no revision and leaves the item's version alone.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional
    public void feature(ContentItemId id, boolean featured) {
        var item = items.findById(id.value()).orElseThrow(() -> new ContentNotFoundException(id));
        if (item.featured() == featured) {
            return;
        }
        var slug = item.slug();
        items.changeFeatured(id.value(), featured);
        audit.recordChange(AuditAction.CONTENT_FEATURE_CHANGED, null, slug + (featured ? ": featured" : ": no longer featured"));
    }

    /**
     * Items published after {@code since} for one of the caller's organization's industries or products, newest
     * first, at most {@code limit}; empty when the organization names neither.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public List<ContentSummary> newForMe(Instant since, int limit) {
        var reader = audiences.reader(callers.require());
        var audience = Objects.requireNonNull(reader.audience(), "a partner's audience");
        if (audience.industries().isEmpty() && audience.products().isEmpty()) {
            return List.of();
        }
        return items.findByStatusAndPublishedAtAfterOrderByPublishedAtDescIdDesc(ContentStatus.PUBLISHED, since, Limit.of(SCAN))
                .stream()
                .filter(item -> item.isNewsFor(audience.industries(), audience.products()) && reader.mayRead(item))
                .limit(Math.max(0, limit))
                .map(queries::summary)
                .toList();
    }
}
