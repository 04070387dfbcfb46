package dev.partnerportal.content;

import dev.partnerportal.partner.OrganizationProfile;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.partner.PartnerDirectory;
import java.util.List;
import dev.partnerportal.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a caller may read an item: staff read every published item, a
 * partner only published items whose tier and region lists are empty or name their organization's, and
 * whose industry list is empty or names one of their organization's industries (its profile).
 */
@Component
class ContentAudience {

    private final PartnerDirectory directory;
    private final OrganizationProfiles profiles;

    ContentAudience(PartnerDirectory directory, OrganizationProfiles profiles) {
        this.directory = directory;
        this.profiles = profiles;
    }

    /** The partner's place in the program, or {@code null} for staff, who are not restricted. */
    ContentQueries.@Nullable Audience of(Caller caller) {
        if (caller.isStaff()) {
            return null;
        }
        var organization = directory.mine();
        var industries = profiles.profile(caller.organizationId()).map(OrganizationProfile::industries).orElse(List.of());
        return new ContentQueries.Audience(organization.tierCode(), organization.region(), industries);
    }

    boolean mayRead(Caller caller, ContentItem item) {
        var audience = of(caller);
        return audience == null ? item.status() == ContentStatus.PUBLISHED
                : item.visibleTo(audience.tierCode(), audience.region(), audience.industries());
    }
}
