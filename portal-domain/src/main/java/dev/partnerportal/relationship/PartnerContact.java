package dev.partnerportal.relationship;

import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A person on the partner's side, by department; linked to their portal account when they have one. */
@Entity
@Table(name = "partner_contact")
class PartnerContact {

    static final int NAME_MAX_LENGTH = 120;
    static final int PHONE_MAX_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Department department;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(length = NAME_MAX_LENGTH)
    private @Nullable String title;

    @Column(length = EmailAddresses.MAX_LENGTH)
    private @Nullable String email;

    @Column(length = PHONE_MAX_LENGTH)
    private @Nullable String phone;

    @Column(name = "user_id")
    private @Nullable Long userId;

    protected PartnerContact() {
    }

    PartnerContact(OrganizationId organization, PartnerContactForm form) {
        this.organizationId = organization.value();
        change(form);
    }

    /** The caller checked that a linked account belongs to this contact's organization. */
    void change(PartnerContactForm form) {
        this.department = form.department();
        this.name = Texts.required(form.name(), NAME_MAX_LENGTH, RelationshipError.NAME_REQUIRED);
        this.title = Texts.optional(form.title(), NAME_MAX_LENGTH);
        var address = Texts.optional(form.email(), EmailAddresses.MAX_LENGTH);
        if (address != null && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RuleViolation(RelationshipError.INVALID_EMAIL);
        }
        this.email = address;
        this.phone = Texts.optional(form.phone(), PHONE_MAX_LENGTH);
        this.userId = form.account() == null ? null : form.account().value();
    }

    PartnerContactEntry entry() {
        return new PartnerContactEntry(id, new OrganizationId(organizationId), department, name, title, email, phone,
                userId == null ? null : new UserId(userId));
    }

    Long id() {
        return id;
    }

    OrganizationId organization() {
        return new OrganizationId(organizationId);
    }

    Department department() {
        return department;
    }
}
