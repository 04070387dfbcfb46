package dev.partnerportal.content;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.RuleViolation;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing the allowed industries, products and regions. A term in use by any item cannot be removed, so no
 * item ever carries a value the filters no longer offer.
 */
@Service
public class Taxonomies {

    /** The longest term; a term also holds no {@code |} and no control characters. */
    public static final int TERM_MAX_LENGTH = Terms.TERM_MAX_LENGTH;

    private final TaxonomyTerms terms;
    private final ContentItems items;
    private final AuditTrail audit;

    Taxonomies(TaxonomyTerms terms, ContentItems items, AuditTrail audit) {
        this.audit = audit;
        this.terms = terms;
        this.items = items;
    }

    /** A term and how many items use it. */
    public record TermUsage(String term, long items) {
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional(readOnly = true)
    public List<TermUsage> list(Taxonomy taxonomy) {
        return terms.findByKindOrderByTerm(taxonomy).stream()
                .map(t -> new TermUsage(t.term(), usage(taxonomy, t.term()))).toList();
    }

    /**
     * Adds a term.
     *
     * @throws RuleViolation ({@link ContentError#TERM_INVALID} or {@link ContentError#TERM_EXISTS}) when the term is empty, too long, has a {@code |} or control character,
     *                                  or exists already
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public void add(Taxonomy taxonomy, String term) {
        var clean = Terms.normalize(List.of(term)).getFirst();
        if (terms.findByKindOrderByTerm(taxonomy).stream().anyMatch(t -> t.term().equalsIgnoreCase(clean))) {
            throw new RuleViolation(ContentError.TERM_EXISTS, Terms.printable(clean));
        }
        terms.save(new TaxonomyTerm(taxonomy, clean));
        audit.recordChange(AuditAction.TAXONOMY_TERM_ADDED, null, taxonomy + ": " + clean);
    }

    /**
     * Removes an unused term; returns false when there is no such term.
     *
     * @throws RuleViolation {@link ContentError#TERM_IN_USE} when items still use it
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONTENT_EDITOR')")
    @Transactional
    public boolean remove(Taxonomy taxonomy, String term) {
        var found = terms.findByKindOrderByTerm(taxonomy).stream().filter(t -> t.term().equals(term)).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        long used = usage(taxonomy, term);
        if (used > 0) {
            throw new RuleViolation(ContentError.TERM_IN_USE, used, Terms.printable(term));
        }
        terms.delete(found.get());
        audit.recordChange(AuditAction.TAXONOMY_TERM_REMOVED, null, taxonomy + ": " + term);
        return true;
    }

    private long usage(Taxonomy taxonomy, String term) {
        var field = switch (taxonomy) {
            case INDUSTRY -> "industries";
            case PRODUCT -> "products";
            case REGION -> "regions";
        };
        Specification<ContentItem> uses = (root, query, cb) -> cb.like(root.get(field), Terms.containsPattern(term), '\\');
        return items.count(uses);
    }
}
