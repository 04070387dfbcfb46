package dev.partnerportal.partner;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts organizations, for tests that check a rejected or repeated setup created none. */
@Component
@Transactional(readOnly = true)
public class PartnerFixtures {

    private final PartnerOrganizations organizations;

    PartnerFixtures(PartnerOrganizations organizations) {
        this.organizations = organizations;
    }

    /** How many organizations there are. */
    public long count() {
        return organizations.count();
    }
}
