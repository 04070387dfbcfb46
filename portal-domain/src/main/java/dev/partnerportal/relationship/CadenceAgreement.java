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
import java.time.LocalDate;

/** One agreed rhythm with a partner: a kind of touchpoint every so many weeks, counted from the day agreed. */
@Entity
@Table(name = "cadence_entry")
class CadenceAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TouchpointKind kind;

    @Column(name = "every_weeks", nullable = false)
    private int everyWeeks;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    protected CadenceAgreement() {
    }

    CadenceAgreement(OrganizationId organization, CadenceEntry entry, LocalDate agreedOn) {
        this.organizationId = organization.value();
        this.kind = entry.kind();
        this.everyWeeks = entry.everyWeeks();
        this.agreedOn = agreedOn;
    }

    CadenceEntry entry() {
        return new CadenceEntry(kind, everyWeeks);
    }

    LocalDate agreedOn() {
        return agreedOn;
    }

    OrganizationId organization() {
        return new OrganizationId(organizationId);
    }
}
