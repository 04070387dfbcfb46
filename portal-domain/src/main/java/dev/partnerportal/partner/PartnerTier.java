package dev.partnerportal.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A program level (Registered, Silver, Gold, Platinum, ...); a higher {@code rank} is a higher tier. */
@Entity
@Table(name = "partner_tier")
class PartnerTier {

    public static final int CODE_MAX_LENGTH = 40;
    public static final int NAME_MAX_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = CODE_MAX_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "rank_order", nullable = false, unique = true)
    private int rank;

    protected PartnerTier() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getRank() {
        return rank;
    }
}
