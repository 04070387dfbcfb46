package dev.partnerportal.content;

import dev.partnerportal.partner.OrganizationProfile;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.shared.CallerContext;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the library has for the calling partner in particular, for their home: items published since a moment
 * for one of their organization's industries (addressed to it or tagged with it) that they may read.
 */
@Service
public class ContentForMe {

    /** How many published items one look scans, newest first. */
    static final int SCAN = 200;

    private final ContentItems items;
    private final ContentAudience audiences;
    private final OrganizationProfiles profiles;
    private final ContentQueries queries;
    private final CallerContext callers;

    ContentForMe(ContentItems items, ContentAudience audiences, OrganizationProfiles profiles, ContentQueries queries,
                 CallerContext callers) {
        this.items = items;
        this.audiences = audiences;
        this.profiles = profiles;
        this.queries = queries;
        this.callers = callers;
    }

    /**
     * Items published after {@code since} for one of the caller's organization's industries, newest first, at
     * most {@code limit}; empty when the organization names no industry.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public List<ContentSummary> newForMyIndustries(Instant since, int limit) {
        var caller = callers.require();
        var industries = profiles.profile(caller.organizationId()).map(OrganizationProfile::industries).orElse(List.of());
        if (industries.isEmpty()) {
            return List.of();
        }
        return items.findByStatusAndPublishedAtAfterOrderByPublishedAtDesc(ContentStatus.PUBLISHED, since, Limit.of(SCAN))
                .stream()
                .filter(item -> {
                    var topics = new LinkedHashSet<>(item.audienceIndustries());
                    topics.addAll(item.industries());
                    return !Collections.disjoint(topics, industries) && audiences.mayRead(caller, item);
                })
                .limit(Math.max(0, limit))
                .map(queries::summary)
                .toList();
    }
}
