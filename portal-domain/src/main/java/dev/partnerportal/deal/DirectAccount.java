package dev.partnerportal.deal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A customer the vendor's direct team owns: partners' registrations of it conflict until the protection ends. */
@Entity
@Table(name = "deal_direct_account")
class DirectAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NewDeal.COMPANY_MAX_LENGTH)
    private String company;

    @Column(name = "customer_key", nullable = false, length = NewDeal.COMPANY_MAX_LENGTH)
    private String customerKey;

    @Column(name = "customer_domain", nullable = false, length = NewDeal.DOMAIN_MAX_LENGTH)
    private String customerDomain;

    @Column(name = "protected_until", nullable = false)
    private LocalDate protectedUntil;

    @Column(name = "added_by", nullable = false)
    private Long addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected DirectAccount() {
    }

    DirectAccount(String company, String customerKey, String customerDomain, LocalDate protectedUntil, long addedBy,
                  Instant addedAt) {
        this.company = company;
        this.customerKey = customerKey;
        this.customerDomain = customerDomain;
        this.protectedUntil = protectedUntil;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    Long getId() {
        return id;
    }

    String getCompany() {
        return company;
    }

    String getCustomerKey() {
        return customerKey;
    }

    String getCustomerDomain() {
        return customerDomain;
    }

    LocalDate getProtectedUntil() {
        return protectedUntil;
    }

    long getAddedBy() {
        return addedBy;
    }
}
