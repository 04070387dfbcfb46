package dev.partnerportal.content;

import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.ProgramTier;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks a draft against the managed taxonomies and tiers, and finds a free slug. */
@Component
class ContentRules {

    private final TaxonomyTerms terms;
    private final PartnerRegistry partners;
    private final ContentItems items;

    ContentRules(TaxonomyTerms terms, PartnerRegistry partners, ContentItems items) {
        this.terms = terms;
        this.partners = partners;
        this.items = items;
    }

    void check(ContentDraft draft) {
        requireKnown(Taxonomy.INDUSTRY, draft.industries());
        requireKnown(Taxonomy.PRODUCT, draft.products());
        requireKnown(Taxonomy.REGION, draft.regions());
        var known = partners.tiers().stream().map(ProgramTier::code).toList();
        for (var tier : draft.tiers()) {
            if (!known.contains(tier)) {
                throw new RuleViolation(ContentError.UNKNOWN_TIER, Terms.printable(tier), String.join(", ", known));
            }
        }
    }

    List<String> tierCodes() {
        return partners.tiers().stream().map(ProgramTier::code).toList();
    }

    List<String> known(Taxonomy kind) {
        return terms.findByKindOrderByTerm(kind).stream().map(TaxonomyTerm::term).toList();
    }

    private void requireKnown(Taxonomy kind, List<String> values) {
        var known = known(kind);
        for (var value : values) {
            if (!known.contains(value)) {
                throw new RuleViolation(ContentError.UNKNOWN_TERM, kind.name().toLowerCase(Locale.ROOT),
                        Terms.printable(value), String.join(", ", known));
            }
        }
    }

    /** The requested slug if free (taken only by {@code self}), otherwise one derived from the title. */
    String uniqueSlug(String requested, String title, @Nullable ContentItemId self) {
        if (!requested.isEmpty()) {
            var owner = items.findBySlug(requested);
            if (owner.isPresent() && (self == null || !owner.get().id().equals(self))) {
                throw new RuleViolation(ContentError.SLUG_TAKEN, requested);
            }
            return requested;
        }
        var base = slugOf(title);
        var candidate = base;
        for (var n = 2; ; n++) {
            var owner = items.findBySlug(candidate);
            if (owner.isEmpty() || (self != null && owner.get().id().equals(self))) {
                return candidate;
            }
            candidate = base + "-" + n;
        }
    }

    static String slugOf(String title) {
        var ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 100) {
            ascii = ascii.substring(0, 100).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "item" : ascii;
    }

    String organizationName(@Nullable Long organizationId) {
        return organizationId == null ? "" : partners.find(new OrganizationId(organizationId)).map(OrganizationSummary::name).orElse("");
    }
}
