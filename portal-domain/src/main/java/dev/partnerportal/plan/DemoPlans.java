package dev.partnerportal.plan;

import dev.partnerportal.partner.PartnerRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: joint plans that tell the story of each relationship. Northwind's approved plan is on track,
 * Fabrikam's has commitments overdue, Contoso's is still a draft, Adventure Works executes strongly (its plan
 * in its second approved version), and Litware has just approved a new plan. Organizations that do not exist
 * are skipped; nothing is written when any plan exists.
 */
@Component
@Order(63)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoPlans implements ApplicationRunner {

    private static final String BY = "manager@vendor.test";

    private final PartnerRegistry organizations;
    private final Plans plans;
    private final PlanVersions versions;
    private final Commitments commitments;
    private final CheckIns checkIns;
    private final Clock clock;

    DemoPlans(PartnerRegistry organizations, Plans plans, PlanVersions versions, Commitments commitments,
              CheckIns checkIns, Clock clock) {
        this.organizations = organizations;
        this.plans = plans;
        this.versions = versions;
        this.commitments = commitments;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** A commitment for the demo: side, week, what, who, and how it stands (done on time, late, open at a progress). */
    private record Seed(PlanSide side, int week, String what, String owner, CommitmentStatus status, int progress, int lateDays) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (plans.count() > 0) {
            return;
        }
        plan("Northwind Traders", 6, 12, true, List.of(
                new Seed(PlanSide.PARTNER, 2, "Name two solution architects for the cloud practice", "Alice Northwind", CommitmentStatus.DONE, 100, 0),
                new Seed(PlanSide.VENDOR, 3, "Run the migration workshop for the Northwind sales team", "Mona Manager", CommitmentStatus.DONE, 100, 0),
                new Seed(PlanSide.PARTNER, 6, "Register five opportunities in the deal desk", "Bob Northwind", CommitmentStatus.DONE, 100, 0),
                new Seed(PlanSide.VENDOR, 8, "Fund a joint webinar for retail customers", "Mona Manager", CommitmentStatus.OPEN, 60, 0),
                new Seed(PlanSide.PARTNER, 12, "Close three new logos in retail", "Alice Northwind", CommitmentStatus.OPEN, 30, 0)));
        plan("Fabrikam Inc", 10, 12, true, List.of(
                new Seed(PlanSide.PARTNER, 3, "Certify two engineers on the platform", "Fabrikam engineering lead", CommitmentStatus.DONE, 100, 9),
                new Seed(PlanSide.PARTNER, 5, "Hold a quarterly pipeline review with the vendor", "Fabrikam sales director", CommitmentStatus.OPEN, 20, 0),
                new Seed(PlanSide.VENDOR, 7, "Introduce Fabrikam to the product team for roadmap feedback", "Mona Manager", CommitmentStatus.OPEN, 10, 0),
                new Seed(PlanSide.PARTNER, 11, "Renew the support agreement", "Fabrikam sales director", CommitmentStatus.OPEN, 50, 0)));
        plan("Contoso Ltd", 0, 12, false, List.of(
                new Seed(PlanSide.PARTNER, 4, "Complete onboarding and name a technical contact", "Carol Contoso", CommitmentStatus.OPEN, 0, 0),
                new Seed(PlanSide.VENDOR, 2, "Hold the kick-off call", "Mona Manager", CommitmentStatus.OPEN, 0, 0)));
        var adventure = plan("Adventure Works", 8, 26, true, List.of(
                new Seed(PlanSide.PARTNER, 2, "Open the EMEA enterprise segment with two named account executives", "Sales leadership", CommitmentStatus.DONE, 100, 0),
                new Seed(PlanSide.VENDOR, 3, "Assign a solutions engineer for joint pursuits", "Mona Manager", CommitmentStatus.DONE, 100, 0),
                new Seed(PlanSide.PARTNER, 5, "Launch the managed-service bundle", "Product marketing", CommitmentStatus.DONE, 100, 0),
                new Seed(PlanSide.VENDOR, 6, "Co-fund the launch campaign", "Mona Manager", CommitmentStatus.DONE, 100, 0),
                new Seed(PlanSide.PARTNER, 8, "Certify six consultants", "Enablement lead", CommitmentStatus.DONE, 100, 0),
                new Seed(PlanSide.VENDOR, 14, "Give early access to the analytics beta", "Mona Manager", CommitmentStatus.OPEN, 40, 0)));
        if (adventure != null) {
            // A second approved version, so the history has a diff to show.
            var second = versions.save(adventure.nextDraft(BY, clock.instant()));
            second.apply(new PlanEdit(Map.of(PlanSection.EXPECTED_RETURN,
                    "EUR 1.8M new annual recurring revenue across both sides; 40 joint customers by period end."), null),
                    BY, clock.instant());
            second.submit();
            second.approve(BY, clock.instant());
        }
        plan("Litware Inc", 1, 12, true, List.of(
                new Seed(PlanSide.VENDOR, 2, "Restart the monthly call with an agenda that opens with strategy", "Mona Manager", CommitmentStatus.OPEN, 50, 0),
                new Seed(PlanSide.PARTNER, 4, "Name an executive sponsor", "Litware managing director", CommitmentStatus.OPEN, 0, 0),
                new Seed(PlanSide.PARTNER, 10, "Win back two lapsed customers", "Litware account team", CommitmentStatus.OPEN, 0, 0)));
    }

    /** Creates a plan that started {@code weeksAgo} weeks ago (the latest version approved when asked). */
    private @Nullable PlanVersion plan(String organizationName, int weeksAgo, int weeks, boolean approved, List<Seed> seeds) {
        var organization = organizations.findByName(organizationName);
        if (organization.isEmpty()) {
            return null;
        }
        var today = LocalDate.now(clock);
        var plan = plans.save(new Plan(organization.get().id(), today.minusWeeks(weeksAgo), weeks, clock.instant()));
        var version = versions.save(new PlanVersion(plan.getId(), 1, BY, clock.instant()));
        version.apply(new PlanEdit(Map.of(
                PlanSection.TARGET_MARKET, "Mid-market retail and logistics companies in " + organization.get().region() + ".",
                PlanSection.PARTNER_STRATEGIES, "Lead with the migration offer; bundle managed services.",
                PlanSection.PARTNER_ROLES, "Sales director owns pipeline; technical lead owns certifications.",
                PlanSection.PARTNER_RESOURCES, "Two account executives, one solution architect, a marketing budget.",
                PlanSection.VENDOR_STRATEGIES, "Joint pursuits on named accounts; early access to the roadmap.",
                PlanSection.VENDOR_ROLES, "Mona Manager as partner manager; a solutions engineer on call.",
                PlanSection.VENDOR_RESOURCES, "Marketing development funds and two enablement workshops.",
                PlanSection.EXPECTED_RETURN, "New annual recurring revenue and ten joint customers by period end."),
                List.of(new PlanObjective("Win new customers in the target segment", "signed deals", "10"),
                        new PlanObjective("Grow certified people", "certified consultants", "6"))), BY, clock.instant());
        if (approved) {
            version.submit();
            version.approve(BY, clock.instant());
        }
        for (var seed : seeds) {
            var commitment = commitments.save(new Commitment(plan, seed.side(), seed.what(), seed.owner(), null, seed.week(), clock.instant()));
            if (seed.status() == CommitmentStatus.DONE) {
                var doneOn = plan.endOfWeek(seed.week()).minusDays(seed.lateDays() > 0 ? 0 : 2).plusDays(seed.lateDays());
                commitment.changeStatus(CommitmentStatus.DONE, doneOn.isAfter(today) ? today : doneOn);
            } else if (seed.progress() > 0) {
                commitment.checkIn(seed.progress(), today);
                checkIns.save(new CheckIn(commitment.getId(), seed.progress(), "Progress reported at the last call.", BY, clock.instant()));
            }
        }
        commitments.flush();
        checkIns.flush();
        versions.flush();
        return version;
    }
}
