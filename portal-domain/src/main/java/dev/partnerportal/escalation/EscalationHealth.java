package dev.partnerportal.escalation;

import dev.partnerportal.health.HealthComponent;
import dev.partnerportal.health.HealthFact;
import dev.partnerportal.health.HealthReading;
import dev.partnerportal.health.HealthSignal;
import dev.partnerportal.shared.OrganizationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The escalations component of a relationship's health: targets met in the last 180 days, minus a penalty for
 * each open escalation past its target. A partner that never needed to escalate but knows whom to reach is
 * healthy here; a partner with nobody to escalate to is not (that is what makes a vendor).
 */
@Component
class EscalationHealth implements HealthSignal {

    static final int WINDOW_DAYS = 180;
    /** Points off for each open escalation past a target: a breach hurts now, not only in the statistics. */
    static final int BREACH_PENALTY = 15;

    private final EscalationRecords escalations;
    private final WorkingTime workingTime;
    private final EscalationMail mail;
    private final Clock clock;

    EscalationHealth(EscalationRecords escalations, WorkingTime workingTime, EscalationMail mail, Clock clock) {
        this.escalations = escalations;
        this.workingTime = workingTime;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public HealthComponent component() {
        return HealthComponent.ESCALATIONS;
    }

    @Override
    public Map<OrganizationId, HealthReading> readAll(Collection<OrganizationId> organizations, LocalDate asOf) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var calendar = workingTime.calendar();
        var endOfDay = asOf.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        var now = endOfDay.isBefore(clock.instant()) ? endOfDay : clock.instant();
        var recent = escalations.raisedSince(organizations.stream().map(OrganizationId::value).distinct().toList(),
                        now.minus(Duration.ofDays(WINDOW_DAYS))).stream()
                .filter(e -> !e.getRaisedAt().isAfter(now))
                .collect(Collectors.groupingBy(Escalation::getOrganizationId));
        var recipients = mail.recipients(organizations);
        var readings = new HashMap<OrganizationId, HealthReading>();
        for (var organization : organizations) {
            readings.put(organization, reading(calendar, now, recent.getOrDefault(organization.value(), List.of()),
                    recipients.get(organization).size()));
        }
        return readings;
    }

    /** The reading for an organization's escalations raised in the window before {@code now} and its people to call. */
    static HealthReading reading(BusinessCalendar calendar, Instant now, List<Escalation> recent, int peopleToCall) {
        var open = recent.stream().filter(e -> e.getStatus().isActive()).count();
        long met = 0;
        long decided = 0;
        long breached = 0;
        for (var e : recent) {
            for (var state : List.of(
                    WorkingTime.state(calendar, e.getRaisedAt(), e.getRespondDue(), before(e.getRespondedAt(), now), now),
                    WorkingTime.state(calendar, e.getRaisedAt(), e.getResolveDue(), before(e.getResolvedAt(), now), now))) {
                switch (state) {
                    case MET -> { met++; decided++; }
                    case MISSED -> decided++;
                    case BREACHED -> { breached++; decided++; }
                    default -> { }
                }
            }
        }
        var facts = List.of(new HealthFact("escalation.health.fact.people-to-call", peopleToCall),
                new HealthFact("escalation.health.fact.open", open),
                new HealthFact("escalation.health.fact.targets-met", met),
                new HealthFact("escalation.health.fact.targets-due", decided),
                new HealthFact("escalation.health.fact.breached", breached));
        if (recent.isEmpty()) {
            var reachable = peopleToCall > 0;
            return new HealthReading(HealthComponent.ESCALATIONS, reachable ? 100 : 0, facts,
                    reachable ? "escalation.health.reason.none-path-known" : "escalation.health.reason.no-path",
                    List.of(WINDOW_DAYS));
        }
        if (decided == 0) {
            return new HealthReading(HealthComponent.ESCALATIONS, 100, facts,
                    "escalation.health.reason.on-track", List.of(open));
        }
        var openBreaches = recent.stream().filter(e -> e.getStatus().isActive() && now.isAfter(
                e.getRespondedAt() == null ? e.getRespondDue() : e.getResolveDue())).count();
        var score = (int) Math.max(0, Math.round(100.0 * met / decided) - BREACH_PENALTY * openBreaches);
        return new HealthReading(HealthComponent.ESCALATIONS, score, facts,
                openBreaches > 0 ? "escalation.health.reason.breached" : "escalation.health.reason.targets-met",
                openBreaches > 0 ? List.of(openBreaches, met, decided) : List.of(met, decided, WINDOW_DAYS));
    }

    private static @org.jspecify.annotations.Nullable Instant before(@org.jspecify.annotations.Nullable Instant at, Instant now) {
        return at == null || at.isAfter(now) ? null : at;
    }
}
