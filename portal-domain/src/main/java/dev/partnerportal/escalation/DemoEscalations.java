package dev.partnerportal.escalation;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: Fabrikam has an escalation answered late and now past its resolution target; Adventure Works a
 * critical one minutes from its response target; Northwind two resolved within target. Times are relative to
 * now, in the configured business hours, so the story holds whenever the demo starts.
 */
@Component
@Order(61)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoEscalations implements ApplicationRunner {

    private final PartnerRegistry organizations;
    private final UserAccounts users;
    private final EscalationRecords escalations;
    private final EscalationEntries entries;
    private final WorkingTime workingTime;
    private final Clock clock;

    DemoEscalations(PartnerRegistry organizations, UserAccounts users, EscalationRecords escalations,
                    EscalationEntries entries, WorkingTime workingTime, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.escalations = escalations;
        this.entries = entries;
        this.workingTime = workingTime;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (escalations.count() > 0) {
            return;
        }
        var calendar = workingTime.calendar();
        var now = clock.instant();
        organizations.findByName("Fabrikam Inc").ifPresent(org -> {
            var raisedAt = now.minus(Duration.ofDays(12));
            var e = raise(org.organizationId(), EscalationSeverity.HIGH, EscalationCategory.TECHNICAL,
                    "Licence server rejects renewed keys", "Since the renewal our customers' licence keys are rejected "
                            + "by the licence server, so two deployments are blocked.", raisedAt, calendar);
            staff(e, calendar.plus(raisedAt, Duration.ofHours(20)), null, "We are looking into the key format.");
            staff(e, calendar.plus(raisedAt, Duration.ofHours(21)), EscalationStatus.IN_PROGRESS, null);
        });
        organizations.findByName("Adventure Works").ifPresent(org -> {
            var respondDue = calendar.plus(now, Duration.ofMinutes(50));
            var raisedAt = respondDue;
            var target = Duration.ofHours(workingTime.target(EscalationSeverity.CRITICAL).respondHours());
            while (calendar.between(raisedAt, respondDue).compareTo(target) < 0) {
                raisedAt = raisedAt.minus(Duration.ofMinutes(5));
            }
            raise(org.organizationId(), EscalationSeverity.CRITICAL, EscalationCategory.TECHNICAL,
                    "Checkout outage at a flagship customer", "Orders fail with an error since this morning's update; "
                            + "the customer loses sales every hour.", raisedAt, calendar);
        });
        organizations.findByName("Northwind Traders").ifPresent(org -> {
            for (var daysAgo : List.of(40, 20)) {
                var raisedAt = now.minus(Duration.ofDays(daysAgo));
                var e = raise(org.organizationId(), daysAgo == 40 ? EscalationSeverity.MEDIUM : EscalationSeverity.HIGH,
                        daysAgo == 40 ? EscalationCategory.BILLING : EscalationCategory.PROGRAM,
                        daysAgo == 40 ? "Invoice shows the wrong discount" : "Deal registration stuck in review",
                        daysAgo == 40 ? "The October invoice applies the Silver discount instead of Gold."
                                : "A registered deal has been in review for a week and the customer decides on Friday.",
                        raisedAt, calendar);
                staff(e, calendar.plus(raisedAt, Duration.ofHours(2)), null, "Thanks, we are on it today.");
                staff(e, calendar.plus(raisedAt, Duration.ofHours(7)), EscalationStatus.RESOLVED, "Fixed; please check.");
                staff(e, calendar.plus(raisedAt, Duration.ofHours(12)), EscalationStatus.CLOSED, null);
            }
        });
    }

    private Escalation raise(OrganizationId organization, EscalationSeverity severity, EscalationCategory category,
                             String title, String description, Instant raisedAt, BusinessCalendar calendar) {
        var target = workingTime.target(severity);
        var raisedBy = users.enabledWithRoles(List.of(Role.PARTNER_ADMIN, Role.PARTNER_USER)).stream()
                .filter(user -> organization.equals(user.organization())).findFirst()
                .map(UserAccount::id).map(UserId::value).orElse(null);
        var escalation = escalations.save(new Escalation(organization.value(), raisedBy,
                new NewEscalation(category, severity, title, description), target, raisedAt,
                calendar.plus(raisedAt, Duration.ofHours(target.respondHours())),
                calendar.plus(raisedAt, Duration.ofHours(target.resolveHours()))));
        entries.save(new EscalationEntry(escalation.getId(), EscalationHistoryEntry.Kind.RAISED, raisedBy, false,
                raisedAt, null, EscalationStatus.OPEN, null));
        return escalation;
    }

    private void staff(Escalation escalation, Instant at, @Nullable EscalationStatus status, @Nullable String message) {
        var manager = organizations.partnerManager(new OrganizationId(escalation.getOrganizationId()))
                .map(UserId::value).orElse(null);
        var before = escalation.getStatus();
        if (status == null) {
            escalation.answeredByStaff(at);
        } else {
            escalation.moveByStaff(status, at);
        }
        entries.save(new EscalationEntry(escalation.getId(), status == null ? EscalationHistoryEntry.Kind.RESPONSE
                : EscalationHistoryEntry.Kind.STATUS_CHANGED, manager, true, at,
                before == escalation.getStatus() ? null : before,
                before == escalation.getStatus() ? null : escalation.getStatus(), message));
    }
}
