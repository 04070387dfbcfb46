package dev.partnerportal.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Submissions from one (hashed) client address within the current window. */
@Entity
@Table(name = "application_throttle")
class ApplicationThrottleEntry {

    @Id
    @Column(name = "address_key", length = 64)
    private String addressKey;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(nullable = false)
    private int submissions;

    protected ApplicationThrottleEntry() {
    }

    ApplicationThrottleEntry(String addressKey, Instant now) {
        this.addressKey = addressKey;
        this.windowStartedAt = now;
    }

    /** Counts a submission; false when the address already used up the window's allowance. */
    boolean tryCount(Instant now, Duration window, int allowance) {
        if (!now.isBefore(windowStartedAt.plus(window))) {
            windowStartedAt = now;
            submissions = 0;
        }
        if (submissions >= allowance) {
            return false;
        }
        submissions++;
        return true;
    }
}
