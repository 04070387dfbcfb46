package dev.partnerportal.deal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row registrations lock in turn, so that conflict checks of concurrent submissions see each other. */
@Entity
@Table(name = "deal_intake_lock")
class IntakeLock {

    @Id
    private Integer id;

    protected IntakeLock() {
    }
}
