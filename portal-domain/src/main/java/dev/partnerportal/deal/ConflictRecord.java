package dev.partnerportal.deal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One conflict found when a registration was submitted: with another registration or with a direct account. */
@Entity
@Table(name = "deal_conflict")
class ConflictRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private Long registrationId;

    @Column(name = "other_registration_id")
    private @Nullable Long otherRegistrationId;

    @Column(name = "direct_account_id")
    private @Nullable Long directAccountId;

    /** Kept so that the conflict still reads when the direct account is removed later. */
    @Column(name = "direct_account_name", length = NewDeal.COMPANY_MAX_LENGTH)
    private @Nullable String directAccountName;

    @Enumerated(EnumType.STRING)
    @Column(name = "matched_on", nullable = false, length = 10)
    private ConflictMatch matchedOn;

    protected ConflictRecord() {
    }

    ConflictRecord(long registrationId, @Nullable Long otherRegistrationId, @Nullable Long directAccountId,
                   @Nullable String directAccountName, ConflictMatch matchedOn) {
        this.registrationId = registrationId;
        this.otherRegistrationId = otherRegistrationId;
        this.directAccountId = directAccountId;
        this.directAccountName = directAccountName;
        this.matchedOn = matchedOn;
    }

    @Nullable Long getOtherRegistrationId() {
        return otherRegistrationId;
    }

    @Nullable Long getDirectAccountId() {
        return directAccountId;
    }

    @Nullable String getDirectAccountName() {
        return directAccountName;
    }

    ConflictMatch getMatchedOn() {
        return matchedOn;
    }
}
