package dev.partnerportal.deal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The conflict check on submission: the same customer (registrable domain, or a close match of the name)
 * registered by another partner and still claiming it (awaiting review, or approved and protected), or owned by
 * the direct team within its protection. Runs under the intake lock, so concurrent submissions see each other.
 */
@Component
class ConflictCheck {

    private final IntakeLocks locks;
    private final DealRegistrations registrations;
    private final DirectAccounts directAccounts;
    private final ConflictRecords conflicts;
    private final Clock clock;

    ConflictCheck(IntakeLocks locks, DealRegistrations registrations, DirectAccounts directAccounts,
                  ConflictRecords conflicts, Clock clock) {
        this.locks = locks;
        this.registrations = registrations;
        this.directAccounts = directAccounts;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /** Takes the intake lock for the rest of the transaction: call it before {@link #record}. */
    void lock() {
        locks.take().orElseThrow();
    }

    /** Records and returns the conflicts of a registration that has just been saved (under the lock). */
    List<ConflictRecord> record(DealRegistration registration) {
        var today = LocalDate.now(clock);
        var found = new ArrayList<ConflictRecord>();
        for (var other : registrations.claimingOutside(registration.getOrganizationId(), today)) {
            var match = match(registration.getCustomerDomain(), registration.getCustomerKey(),
                    other.getCustomerDomain(), other.getCustomerKey());
            if (match != null && !other.getId().equals(registration.getId())) {
                found.add(new ConflictRecord(registration.getId(), other.getId(), null, null, match));
            }
        }
        for (var account : directAccounts.findByProtectedUntilGreaterThanEqual(today)) {
            var match = match(registration.getCustomerDomain(), registration.getCustomerKey(),
                    account.getCustomerDomain(), account.getCustomerKey());
            if (match != null) {
                found.add(new ConflictRecord(registration.getId(), null, account.getId(), account.getCompany(), match));
            }
        }
        return conflicts.saveAll(found);
    }

    static ConflictMatch match(String domain, String key, String otherDomain, String otherKey) {
        if (domain.equals(otherDomain)) {
            return ConflictMatch.DOMAIN;
        }
        return CustomerIdentity.closeMatch(key, otherKey) ? ConflictMatch.NAME : null;
    }
}
