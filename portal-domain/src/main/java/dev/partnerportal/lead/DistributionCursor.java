package dev.partnerportal.lead;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The round-robin position: the organization that received the last offer. One row. */
@Entity
@Table(name = "lead_distribution_cursor")
class DistributionCursor {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_organization_id", nullable = false)
    private long lastOrganizationId;

    protected DistributionCursor() {
    }

    long last() {
        return lastOrganizationId;
    }

    void moveTo(long organization) {
        lastOrganizationId = organization;
    }
}
