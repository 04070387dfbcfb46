package dev.partnerportal.audit;

import dev.partnerportal.shared.OrganizationId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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

    /**
     * How many different people of each of these organizations signed in at least once since {@code since}
     * (absent: nobody), in one query.
     */
    public Map<OrganizationId, Long> peopleSignedInSince(Collection<OrganizationId> organizations,
                                                                  Instant since) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var counts = new HashMap<OrganizationId, Long>();
        entries.countPeopleSignedIn(organizations.stream().map(OrganizationId::value).toList(), since)
                .forEach(row -> counts.put(new OrganizationId((Long) row[0]), (Long) row[1]));
        return counts;
    }
}
