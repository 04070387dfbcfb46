package dev.partnerportal.audit;

import dev.partnerportal.shared.OrganizationId;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How active an organization's people are, read from the successful sign-ins the audit trail keeps (the portal
 * keeps no other last-seen record). For other features' domain code; it checks no caller and reveals only a count
 * to code that already has the organization's id.
 */
@Component
@Transactional(readOnly = true)
public class SignInActivity {

    private final AuditEntries entries;

    SignInActivity(AuditEntries entries) {
        this.entries = entries;
    }

    /** How many different people of {@code organization} signed in at least once since {@code since}. */
    public long peopleSignedInSince(OrganizationId organization, Instant since) {
        return entries.countPeopleSignedIn(organization.value(), since);
    }
}
