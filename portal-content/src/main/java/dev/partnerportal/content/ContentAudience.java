package dev.partnerportal.content;

import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a caller may read an item: staff read every published item, a
 * partner only published items whose tier and region lists are empty or name their organization's.
 */
@Component
class ContentAudience {

    private final PartnerDirectory directory;

    ContentAudience(PartnerDirectory directory) {
        this.directory = directory;
    }

    /** The partner's place in the program, or {@code null} for staff, who are not restricted. */
    ContentQueries.@Nullable Audience of(Caller caller) {
        if (caller.isStaff()) {
            return null;
        }
        var organization = directory.mine();
        return new ContentQueries.Audience(organization.tierCode(), organization.region());
    }

    boolean mayRead(Caller caller, ContentItem item) {
        var audience = of(caller);
        return audience == null ? item.status() == ContentStatus.PUBLISHED
                : item.visibleTo(audience.tierCode(), audience.region());
    }
}
