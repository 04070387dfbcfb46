package dev.partnerportal.relationship;

import dev.partnerportal.shared.OrganizationId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One agreed step of a partner's escalation path. */
@Entity
@Table(name = "escalation_step")
class EscalationPathStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EscalationStep step;

    protected EscalationPathStep() {
    }

    EscalationPathStep(OrganizationId organization, int position, EscalationStep step) {
        this.organizationId = organization.value();
        this.position = position;
        this.step = step;
    }

    EscalationStep step() {
        return step;
    }

    OrganizationId organization() {
        return new OrganizationId(organizationId);
    }
}
