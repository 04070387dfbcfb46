package dev.partnerportal.content;

import dev.partnerportal.partner.OrganizationProfile;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place that decides whether a caller may read an item: staff read every published item, a
 * partner only published items whose tier and region lists are empty or name their organization's, and
 * whose industry list is empty or names one of their organization's industries (its profile).
 *
 * <p>A partner's audience is kept per organization together with the organization's version, and used only
 * while that version is still the organization's current one (docs/features/content.md, "The reader's audience
 * is cached"). A tier change, region or industry change raises the version in the same commit, on whichever node
 * it happens, so the next look-up reads the audience afresh: a partner never keeps a tier they lost. Who the
 * caller is (their organization and role) is not cached here; it comes from the signed-in principal, which a
 * role change or deactivation ends (ADR 010). The check costs one read of one number by primary key instead of
 * reading the organization, its tier and its profile for every look-up.
 */
@Component
class ContentAudience {

    private final PartnerRegistry organizations;
    /** At most one entry per organization; an entry is replaced, never trusted, once its version is old. */
    private final Map<OrganizationId, Known> known = new ConcurrentHashMap<>();

    ContentAudience(PartnerRegistry organizations) {
        this.organizations = organizations;
    }

    private record Known(long version, ContentQueries.Audience audience) {
    }

    /** The partner's place in the program, or {@code null} for staff, who are not restricted. */
    ContentQueries.@Nullable Audience of(Caller caller) {
        if (caller.isStaff()) {
            return null;
        }
        var organization = caller.organization().orElseThrow();
        // The version is read before the audience: what is read after it is at least as new as the version,
        // so an entry can be older than its organization only when its version is too (and is then not used).
        var version = organizations.version(organization).orElseThrow(() -> new NoSuchElementException(
                "no organization " + organization.value()));
        var cached = known.get(organization);
        if (cached != null && cached.version() == version) {
            return cached.audience();
        }
        var summary = organizations.find(organization).orElseThrow();
        var profile = organizations.profile(organization);
        var audience = new ContentQueries.Audience(summary.tierCode(), summary.region(),
                profile.map(OrganizationProfile::industries).orElse(List.of()),
                profile.map(OrganizationProfile::products).orElse(List.of()));
        if (readsOnlyCommittedState()) {
            known.merge(organization, new Known(version, audience), (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        }
        return audience;
    }

    /** Decides once for a caller and is then applied to every item of one call: one look-up, not one per item. */
    Reader reader(Caller caller) {
        return new Reader(of(caller));
    }

    boolean mayRead(Caller caller, ContentItem item) {
        return reader(caller).mayRead(item);
    }

    /**
     * What a writing transaction reads may include its own uncommitted change, which a rollback takes back while
     * the version it was read under can be reached again by another change: such a read is used, never kept.
     */
    private static boolean readsOnlyCommittedState() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** One caller's audience, applied to items. */
    record Reader(ContentQueries.@Nullable Audience audience) {

        boolean mayRead(ContentItem item) {
            return audience == null ? item.status() == ContentStatus.PUBLISHED
                    : item.visibleTo(audience.tierCode(), audience.region(), audience.industries());
        }
    }
}
