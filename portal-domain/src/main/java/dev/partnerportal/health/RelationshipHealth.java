package dev.partnerportal.health;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.ScheduledJobs;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationship health for people: administrators and channel managers see the partners the manager visibility
 * allows; partner people see their own organization's health, read-only (a partner that sees where the
 * relationship is thin can act on it); any other organization reads as if it did not exist. Administrators weigh
 * the components and take snapshots on demand; a weekly job takes them for every organization.
 */
@Service
public class RelationshipHealth {

    private static final Logger log = LoggerFactory.getLogger(RelationshipHealth.class);

    private final HealthEvaluation evaluation;
    private final HealthWeightRows weightRows;
    private final PartnerRegistry organizations;
    private final PartnerVisibility visibility;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;

    RelationshipHealth(HealthEvaluation evaluation, HealthWeightRows weightRows, PartnerRegistry organizations,
                       PartnerVisibility visibility, CallerContext callers, AuditTrail audit, Clock clock) {
        this.evaluation = evaluation;
        this.weightRows = weightRows;
        this.organizations = organizations;
        this.visibility = visibility;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    /** An organization's health today with its trend; empty when it does not exist or the caller may not see it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER', 'PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional(readOnly = true)
    public Optional<OrganizationHealth> of(OrganizationId organization) {
        var caller = callers.require();
        return visible(caller, organization).map(org -> evaluation.health(org, LocalDate.now(clock)));
    }

    /** The visible ones among {@code organizations} by score, lowest first, each with what costs it most. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<HealthRanking> rank(Collection<OrganizationId> candidates) {
        var caller = callers.require();
        var scores = evaluation.scoreAll(visible(caller, candidates), LocalDate.now(clock));
        return scores.entrySet().stream()
                .map(entry -> new HealthRanking(entry.getKey(), entry.getValue().score(),
                        entry.getValue().mainReason().map(ComponentHealth::component).orElse(null)))
                .sorted(Comparator.comparingInt(HealthRanking::score).thenComparing(r -> r.organization().value()))
                .toList();
    }

    /** The weights in force. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public HealthWeights weights() {
        return evaluation.weights();
    }

    /** Replaces every weight (validated by {@link HealthWeights}); audited with the old and new values. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public HealthWeights changeWeights(HealthWeights weights) {
        var caller = callers.require();
        var before = evaluation.weights();
        var now = clock.instant();
        for (var component : HealthComponent.values()) {
            var weight = weights.of(component);
            weightRows.findById(component).ifPresentOrElse(row -> row.change(weight, now, caller.username()),
                    () -> weightRows.save(new HealthWeight(component, weight, now, caller.username())));
        }
        weightRows.flush();
        audit.recordChange(AuditAction.HEALTH_WEIGHTS_CHANGED, null, describe(before) + " to " + describe(weights));
        return evaluation.weights();
    }

    /** Takes today's snapshot of every organization now (replacing one already taken today); returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int takeSnapshots() {
        return snapshotAll();
    }

    /** The weekly snapshot ({@code portal.health.snapshot-cron}, Mondays at 04:00 by default). */
    @Scheduled(cron = "${portal.health.snapshot-cron:0 0 4 * * MON}")
    @SchedulerLock(name = "health.weekly-snapshot", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    @Transactional
    void weeklySnapshot() {
        log.info("Health snapshots taken for {} organizations", snapshotAll());
    }

    private int snapshotAll() {
        var today = LocalDate.now(clock);
        var all = organizations.all().stream().map(OrganizationSummary::organizationId).toList();
        return evaluation.snapshotAll(all, today, clock.instant());
    }

    private Optional<OrganizationSummary> visible(Caller caller, OrganizationId organization) {
        if (!caller.mayAccess(organization)
                || (caller.isStaff() && !visibility.allows(caller, organization))) {
            return Optional.empty();
        }
        return organizations.find(organization);
    }

    /**
     * Those of {@code candidates} that exist and {@code caller} may see, by the same rules as one at a time, read
     * at once: the desk asks for all of a manager's partners.
     */
    private List<OrganizationId> visible(Caller caller, Collection<OrganizationId> candidates) {
        var accessible = candidates.stream().distinct().filter(caller::mayAccess).toList();
        if (accessible.isEmpty()) {
            return List.of();
        }
        var allowed = caller.isStaff() ? visibility.allowed(caller, accessible) : Set.copyOf(accessible);
        var existing = organizations.existing(accessible.stream().filter(allowed::contains).toList());
        return accessible.stream().filter(existing::contains).toList();
    }

    private static String describe(HealthWeights weights) {
        return weights.weights().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
