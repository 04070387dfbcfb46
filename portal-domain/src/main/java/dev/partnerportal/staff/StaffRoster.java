package dev.partnerportal.staff;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes staff role and status changes on the one row of {@code staff_roster_lock}, so that the
 * last-administrator check of one change always sees the committed result of the other (see the migration).
 */
@Component
class StaffRoster {

    private final EntityManager entityManager;

    StaffRoster(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Holds the roster lock until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock() {
        entityManager.createNativeQuery("select id from staff_roster_lock where id = 1 for update").getSingleResult();
    }
}
