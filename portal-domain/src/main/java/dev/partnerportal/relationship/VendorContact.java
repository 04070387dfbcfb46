package dev.partnerportal.relationship;

import dev.partnerportal.shared.OrganizationId;
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

/** The staff person who looks after one function for one partner. */
@Entity
@Table(name = "vendor_contact")
class VendorContact {

    static final int PHONE_MAX_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "function_name", nullable = false, length = 30)
    private VendorFunction function;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(length = PHONE_MAX_LENGTH)
    private @Nullable String phone;

    protected VendorContact() {
    }

    VendorContact(OrganizationId organization, VendorFunction function, UserId person, @Nullable String phone) {
        this.organizationId = organization.value();
        this.function = function;
        reassign(person, phone);
    }

    void reassign(UserId person, @Nullable String phone) {
        this.userId = person.value();
        this.phone = Texts.optional(phone, PHONE_MAX_LENGTH);
    }

    VendorFunction function() {
        return function;
    }

    UserId person() {
        return new UserId(userId);
    }

    OrganizationId organization() {
        return new OrganizationId(organizationId);
    }

    @Nullable String phone() {
        return phone;
    }
}
