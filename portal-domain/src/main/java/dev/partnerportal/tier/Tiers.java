package dev.partnerportal.tier;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.certification.CertificationAwarded;
import dev.partnerportal.certification.CertificationEnded;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.deal.DealWon;
import dev.partnerportal.deal.WonDeals;
import dev.partnerportal.identity.TeamChanged;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.onboarding.OnboardingProgressed;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerVisibility;
import dev.partnerportal.partner.ProgramTier;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.ScheduledJobs;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tiers are earned: an organization holds the highest tier whose requirements it all meets, unless a manual
 * override applies. Evaluation runs whenever something relevant changes, and every change is recorded with
 * its reason.
 */
@Service
public class Tiers {

    /** The furthest an override may end, in days from today. */
    public static final int MAX_OVERRIDE_DAYS = 731;
    /** The longest reason for an override: the tier history line keeps room for the tier and the date. */
    public static final int OVERRIDE_REASON_MAX_LENGTH = TierChange.REASON_MAX_LENGTH - 60;

    private final PartnerRegistry organizations;
    private final TierRequirements requirements;
    private final TierChanges changes;
    private final TierOverrides overrides;
    private final OnboardingJourneys journeys;
    private final UserAccounts users;
    private final Certifications certifications;
    private final CallerContext callers;
    private final Clock clock;
    private final PartnerVisibility visibility;
    private final AuditTrail audit;
    /** Deals won count toward tiers within this many days back from today. */
    private int dealPeriodDays = 365;
    private @Nullable WonDeals wonDeals;

    Tiers(PartnerRegistry organizations, TierRequirements requirements, TierChanges changes,
          TierOverrides overrides, OnboardingJourneys journeys, UserAccounts users, Certifications certifications, CallerContext callers, Clock clock,
          PartnerVisibility visibility, AuditTrail audit) {
        this.visibility = visibility;
        this.audit = audit;
        this.certifications = certifications;
        this.organizations = organizations;
        this.requirements = requirements;
        this.changes = changes;
        this.overrides = overrides;
        this.journeys = journeys;
        this.users = users;
        this.callers = callers;
        this.clock = clock;
    }

    /** Deals count toward deals-won requirements; set once at start-up (kept out of the constructor on purpose). */
    @org.springframework.beans.factory.annotation.Autowired
    void useWonDeals(WonDeals wonDeals, @org.springframework.beans.factory.annotation.Value("${portal.tiers.deal-period-days:365}") int dealPeriodDays) {
        this.wonDeals = wonDeals;
        this.dealPeriodDays = dealPeriodDays;
    }

    /** A won deal counts toward deals-won requirements once its stage change has committed. */
    @ApplicationModuleListener
    void onDealWon(DealWon event) {
        evaluate(event.organization(), null, "Deal #" + event.deal().value() + " won. ");
    }

    /** Onboarding moved on: its commit may have met an onboarding requirement (ADR 012: after commit, retried). */
    @ApplicationModuleListener
    void onOnboardingProgressed(OnboardingProgressed event) {
        evaluate(event.organization(), null, null);
    }

    /** The team grew or shrank: active-member requirements may be met or missed now. */
    @ApplicationModuleListener
    void onTeamChanged(TeamChanged event) {
        evaluate(event.organization(), null, null);
    }

    /** A certification counts toward certified-members requirements once its award has committed. */
    @ApplicationModuleListener
    void onCertificationAwarded(CertificationAwarded event) {
        evaluate(event.organization(), null, "Certification " + event.certificationCode() + " awarded. ");
    }

    @ApplicationModuleListener
    void onCertificationEnded(CertificationEnded event) {
        evaluate(event.organization(), null, "Certification " + event.certificationCode() + " "
                + event.why().name().toLowerCase(java.util.Locale.ROOT) + ". ");
    }

    /** Ends overrides whose date has passed and lets the requirements decide again. */
    @Scheduled(cron = "${portal.tiers.expiry-cron:0 15 2 * * *}")
    @SchedulerLock(name = "tier.expire-overrides", lockAtLeastFor = ScheduledJobs.CRON_LOCK_AT_LEAST)
    @Transactional
    void expireOverrides() {
        var today = LocalDate.now(clock);
        for (var override : overrides.findAll()) {
            if (!override.activeOn(today)) {
                overrides.delete(override);
                overrides.flush();
                evaluate(new OrganizationId(override.organizationIdValue()), null,
                        "Override expired on " + override.expiresOn() + ". ");
            }
        }
    }

    /**
     * Puts an organization in {@code tierCode} until {@code until}, whatever the requirements say.
     *
     * @throws RuleViolation for an unknown organization or tier, a blank reason, or a date not
     *                                  between tomorrow and two years ahead
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public void override(OrganizationId organization, String tierCode, String reason, LocalDate until) {
        var caller = callers.require();
        var tier = organizations.tier(tierCode).orElseThrow(() -> new RuleViolation(TierError.UNKNOWN_TIER, tierCode));
        organizations.find(organization).filter(org -> visibility.allows(caller, organization))
                .orElseThrow(() -> new RuleViolation(TierError.ORGANIZATION_NOT_FOUND));
        var today = LocalDate.now(clock);
        if (reason.isBlank() || reason.length() > OVERRIDE_REASON_MAX_LENGTH) {
            throw new RuleViolation(TierError.REASON_REQUIRED, OVERRIDE_REASON_MAX_LENGTH);
        }
        if (!until.isAfter(today) || until.isAfter(today.plusDays(MAX_OVERRIDE_DAYS))) {
            throw new RuleViolation(TierError.OVERRIDE_END_OUT_OF_RANGE);
        }
        overrides.save(new TierOverride(organization.value(), tier.id(), reason.strip(), until, caller.userId().value(), clock.instant()));
        overrides.flush();
        evaluate(organization, caller.userId(), null);
        audit.recordChange(AuditAction.TIER_OVERRIDDEN, organization, tier.code() + " until " + until + ": " + reason.strip());
    }

    /** Removes an override; the requirements decide the tier again. Returns false when there was none. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional
    public boolean clearOverride(OrganizationId organization) {
        var caller = callers.require();
        return overrides.findById(organization.value()).filter(override -> visibility.allows(caller, organization)).map(override -> {
            overrides.delete(override);
            overrides.flush();
            evaluate(organization, caller.userId(), "Override removed. ");
            audit.recordChange(AuditAction.TIER_OVERRIDE_CLEARED, organization, null);
            return true;
        }).orElse(false);
    }

    /** The tier history, newest first, if the caller may see it: managers and admins all, partners their own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<List<RecordedTierChange>> history(OrganizationId organization) {
        if (!mayRead(organization)) {
            return Optional.empty();
        }
        var byId = organizations.tiers().stream().collect(Collectors.toMap(ProgramTier::id, tier -> tier));
        return Optional.of(changes.findByOrganizationIdOrderByChangedAtDescIdDesc(organization.value()).stream()
                .map(c -> new RecordedTierChange(byId.get(c.getFromTierId()), byId.get(c.getToTierId()), c.getReason(),
                        c.isAutomatic(), c.getChangedAt())).toList());
    }

    /** The organization's standing and what the next tier asks for, if the caller may see it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<TierStanding> standing(OrganizationId organization) {
        if (!mayRead(organization)) {
            return Optional.empty();
        }
        return organizations.find(organization).map(org -> {
            var today = LocalDate.now(clock);
            var override = overrides.findById(organization.value()).filter(o -> o.activeOn(today))
                    .map(o -> new TierStanding.Override(organizations.tier(o.tierId()).orElseThrow().name(), o.reason(),
                            o.expiresOn())).orElse(null);
            var next = organizations.tiers().stream()
                    .filter(t -> t.rank() > org.tierRank()).findFirst();
            return new TierStanding(org.tierCode(), org.tierName(), override,
                    next.map(ProgramTier::name).orElse(null),
                    next.map(t -> checks(organization, t)).orElse(List.of()));
        });
    }

    /** The requirements of every tier, lowest tier first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CHANNEL_MANAGER')")
    @Transactional(readOnly = true)
    public List<TierRule> rules() {
        return organizations.tiers().stream().map(tier -> new TierRule(tier.code(), tier.name(),
                requirements.findByTierId(tier.id()).stream()
                        .map(r -> new TierRule.Requirement(r.getKind(), r.getMinimum(), r.getCertificationCode(), r.getDealCurrency())).toList())).toList();
    }

    /**
     * Replaces a tier's requirements and re-evaluates every organization. The lowest tier is the entry tier
     * and has none, so that every organization always holds a tier.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRequirements(String tierCode, List<TierRule.Requirement> newRequirements) {
        var tier = organizations.tier(tierCode).orElseThrow(() -> new RuleViolation(TierError.UNKNOWN_TIER, tierCode));
        if (tier.id() == organizations.tiers().getFirst().id() && !newRequirements.isEmpty()) {
            throw new RuleViolation(TierError.ENTRY_TIER_HAS_NO_REQUIREMENTS);
        }
        if (newRequirements.stream().map(r -> r.kind() + "/" + r.certificationCode() + "/" + r.dealCurrency()).distinct().count() != newRequirements.size()) {
            throw new RuleViolation(TierError.DUPLICATE_REQUIREMENT);
        }
        var replacements = newRequirements.stream()
                .map(r -> new TierRequirement(tier.id(), r.kind(), r.minimum(), r.certificationCode(), r.dealCurrency())).toList();
        requirements.deleteAll(requirements.findByTierId(tier.id()));
        requirements.flush();
        requirements.saveAll(replacements);
        requirements.flush();
        var by = callers.require().userId();
        organizations.all().forEach(org -> evaluate(org.organizationId(), by, "Requirements of " + tier.name() + " changed. "));
        audit.recordChange(AuditAction.TIER_REQUIREMENTS_CHANGED, null, tier.code() + ": " + newRequirements.stream()
.map(r -> r.kind() + (r.certificationCode() == null ? "" : " " + r.certificationCode())
                        + (r.dealCurrency() == null ? "" : " " + r.dealCurrency()) + " >= " + r.minimum())
                .collect(Collectors.joining(", ")));
    }

    /** Re-evaluates one organization and records a change, if any, with its reason. */
    void evaluate(OrganizationId organization, @Nullable UserId by, @Nullable String reasonPrefix) {
        // Evaluations of one organization take turns (listeners run concurrently after commit, ADR 012): each
        // reads the requirements only once the one before has committed its tier.
        var org = organizations.lock(organization).orElseThrow();
        var today = LocalDate.now(clock);
        var override = overrides.findById(organization.value()).filter(o -> o.activeOn(today));
        ProgramTier target;
        String reason;
        if (override.isPresent()) {
            target = organizations.tier(override.get().tierId()).orElseThrow();
            reason = "Manual override until " + override.get().expiresOn() + ": " + override.get().reason();
        } else {
            target = organizations.tiers().stream()
                    .sorted(Comparator.comparingInt(ProgramTier::rank).reversed())
                    .filter(t -> checks(organization, t).stream().allMatch(TierStanding.Check::met))
                    .findFirst().orElseThrow();
            reason = describe(target, checks(organization, target));
        }
        if (!target.code().equals(org.tierCode())) {
            var from = organizations.tier(org.tierCode()).orElseThrow();
            changes.save(new TierChange(organization.value(), from.id(), target.id(),
                    (reasonPrefix == null ? "" : reasonPrefix) + reason, by == null ? null : by.value(), clock.instant()));
            organizations.changeTier(organization, target.code());
        }
    }

    private List<TierStanding.Check> checks(OrganizationId organization, ProgramTier tier) {
        return requirements.findByTierId(tier.id()).stream().map(requirement -> new TierStanding.Check(
                requirement.getKind(), requirement.getMinimum(), actual(organization, requirement),
                requirement.getCertificationCode(), requirement.getDealCurrency())).toList();
    }

    private int actual(OrganizationId organization, TierRequirement requirement) {
        return switch (requirement.getKind()) {
            case ONBOARDING_COMPLETE -> journeys.isComplete(organization) ? 1 : 0;
            case ACTIVE_MEMBERS -> (int) users.countEnabledMembers(organization);
            case CERTIFIED_MEMBERS -> certifications.countHolders(organization,
                    java.util.Objects.requireNonNull(requirement.getCertificationCode()));
            case DEALS_WON -> (int) Math.min(Integer.MAX_VALUE, java.util.Objects.requireNonNull(wonDeals)
                    .count(organization, LocalDate.now(clock).minusDays(dealPeriodDays)));
            case DEALS_WON_AMOUNT -> java.util.Objects.requireNonNull(wonDeals).amount(organization,
                            java.util.Objects.requireNonNull(requirement.getDealCurrency()), LocalDate.now(clock).minusDays(dealPeriodDays))
                    .min(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
        };
    }

    private static String describe(ProgramTier tier, List<TierStanding.Check> checks) {
        if (checks.isEmpty()) {
            return tier.name() + " is the entry tier.";
        }
        return "Requirements of " + tier.name() + " met: " + checks.stream()
                .map(c -> switch (c.kind()) {
                    case ONBOARDING_COMPLETE -> "onboarding complete";
                    case ACTIVE_MEMBERS -> c.actual() + " active members (at least " + c.minimum() + ")";
                    case CERTIFIED_MEMBERS -> c.actual() + " members certified " + c.certificationCode()
                            + " (at least " + c.minimum() + ")";
                    case DEALS_WON -> c.actual() + " deals won (at least " + c.minimum() + ")";
                    case DEALS_WON_AMOUNT -> c.actual() + " " + c.dealCurrency() + " won (at least " + c.minimum() + ")";
                })
                .collect(Collectors.joining(", ")) + ".";
    }

    private boolean mayRead(OrganizationId organization) {
        var caller = callers.require();
        return (caller.role() == Role.ADMIN || caller.role() == Role.CHANNEL_MANAGER
                || organization.equals(caller.organizationId())) && visibility.allows(caller, organization);
    }
}
