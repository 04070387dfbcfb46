package dev.partnerportal.content;

import dev.partnerportal.notification.NotificationKind;
import dev.partnerportal.notification.Notify;
import dev.partnerportal.partner.OrganizationProfile;
import dev.partnerportal.partner.OrganizationStatus;
import dev.partnerportal.partner.PartnerRegistry;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people of every active organization that an item was published for one of their industries or
 * products: the item is addressed to an industry (or tagged with one) or tagged with a product the organization's
 * profile names, and the organization may read it (tier, region, industry audience). Items for every industry and
 * without industry or product tags are news for nobody in particular and notify no one. Running again for the
 * same item notifies nobody twice.
 */
@Component
class NewContentNotifications {

    private final ContentItems items;
    private final PartnerRegistry organizations;
    private final Notify notify;

    NewContentNotifications(ContentItems items, PartnerRegistry organizations, Notify notify) {
        this.items = items;
        this.organizations = organizations;
        this.notify = notify;
    }

    @ApplicationModuleListener
    void on(ContentPublished event) {
        items.findById(event.itemId().value()).filter(item -> item.status() == ContentStatus.PUBLISHED).ifPresent(item -> {
            if (item.audienceIndustries().isEmpty() && item.industries().isEmpty() && item.products().isEmpty()) {
                return;
            }
            for (var organization : organizations.all()) {
                var profile = organizations.profile(organization.organizationId());
                var industries = profile.map(OrganizationProfile::industries).orElse(List.of());
                var products = profile.map(OrganizationProfile::products).orElse(List.of());
                if (organization.status() == OrganizationStatus.ACTIVE && item.isNewsFor(industries, products)
                        && item.visibleTo(organization.tierCode(), organization.region(), industries)) {
                    notify.organization(organization.organizationId(), NotificationKind.NEW_CONTENT, item.title(),
                            "/library/" + item.slug());
                }
            }
        });
    }
}
