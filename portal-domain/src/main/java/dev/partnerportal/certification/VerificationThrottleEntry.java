package dev.partnerportal.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Verification lookups from one (hashed) client address within the current window. */
@Entity
@Table(name = "verification_throttle")
class VerificationThrottleEntry {

    @Id
    @Column(name = "address_key", length = 64)
    private String addressKey;
    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;
    @Column(nullable = false)
    private int lookups;

    protected VerificationThrottleEntry() {
    }

    VerificationThrottleEntry(String addressKey, Instant now) {
        this.addressKey = addressKey;
        this.windowStartedAt = now;
    }

    /** Counts a lookup; false when the address already used up the window's allowance. */
    boolean tryCount(Instant now, Duration window, int allowance) {
        if (!now.isBefore(windowStartedAt.plus(window))) {
            windowStartedAt = now;
            lookups = 0;
        }
        if (lookups >= allowance) {
            return false;
        }
        lookups++;
        return true;
    }
}
