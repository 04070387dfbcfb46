package dev.partnerportal.content;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.RuleViolation;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses items to industries, as well as to tiers and regions: an item for industries is for partners whose
 * organization names one of them in its profile (see {@link ContentAudience}); an item for no industry is for
 * every industry. Industries come from the portal's industry taxonomy. Courses follow through their lessons.
 */
@Service
public class IndustryAudiences {

    private final ContentItems items;
    private final TaxonomyTerms terms;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    IndustryAudiences(ContentItems items, TaxonomyTerms terms, ApplicationEventPublisher events, AuditTrail audit) {
        this.items = items;
        this.terms = terms;
        this.events = events;
        this.audit = audit;
    }

    /** The industries item {@code id} is for; empty means every industry. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<String> of(ContentItemId id) {
        return items.findById(id.value()).orElseThrow(() -> new ContentNotFoundException(id)).audienceIndustries();
    }

    /**
     * Addresses item {@code id} to these industries only (empty: every industry). Each must be a term of the
     * industry taxonomy; otherwise nothing changes. The search index follows.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR', 'CHANNEL_MANAGER')")
    @Transactional
    public void address(ContentItemId id, List<String> industries) {
        var item = items.findById(id.value()).orElseThrow(() -> new ContentNotFoundException(id));
        var known = terms.findByKindOrderByTerm(Taxonomy.INDUSTRY).stream().map(TaxonomyTerm::term).toList();
        var unknown = industries.stream().map(String::strip).filter(i -> !known.contains(i)).findFirst();
        if (unknown.isPresent()) {
            throw new RuleViolation(ContentError.AUDIENCE_INDUSTRY_UNKNOWN, Terms.printable(unknown.get()));
        }
        if (item.audienceIndustries().equals(industries.stream().map(String::strip).distinct().toList())) {
            return;
        }
        item.addressIndustries(industries);
        events.publishEvent(new ContentAudienceChanged(id));
        audit.recordChange(AuditAction.CONTENT_AUDIENCE_CHANGED, null, item.slug() + ": "
                + (industries.isEmpty() ? "every industry" : String.join(", ", item.audienceIndustries())));
    }
}
