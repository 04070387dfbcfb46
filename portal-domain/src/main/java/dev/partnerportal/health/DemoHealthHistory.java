package dev.partnerportal.health;

import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: a snapshot of every organization today, after every other demo runner has written its part, and
 * weekly snapshots before it, so that the trend tells the story on first start: Fabrikam was healthier and slides,
 * Litware dipped and recovers, Contoso joined this month, the others hold steady. The weeks before are made up from
 * today's numbers moved by each story's shape. Only into an empty snapshot table.
 */
@Component
@Order(69)
@ConditionalOnProperty(name = "portal.demo.enabled", havingValue = "true")
class DemoHealthHistory implements ApplicationRunner {

    /** Points added to today's score the given number of weeks ago. */
    private static final Map<String, IntUnaryOperator> SHAPES = Map.of(
            "Fabrikam Inc", weeks -> 3 * weeks,
            "Litware Inc", weeks -> weeks <= 5 ? -4 * weeks : -20 + 5 * (weeks - 5));

    private final HealthEvaluation evaluation;
    private final HealthSnapshots snapshots;
    private final PartnerRegistry organizations;
    private final Clock clock;

    DemoHealthHistory(HealthEvaluation evaluation, HealthSnapshots snapshots, PartnerRegistry organizations, Clock clock) {
        this.evaluation = evaluation;
        this.snapshots = snapshots;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (snapshots.count() > 0) {
            return;
        }
        var today = LocalDate.now(clock);
        var all = organizations.all();
        var scores = evaluation.scoreAll(all.stream().map(OrganizationSummary::organizationId).toList(), today);
        for (var organization : all) {
            var id = organization.organizationId();
            var health = scores.get(id);
            evaluation.keep(id, today, health, clock.instant());
            var weeks = organization.name().equals("Contoso Ltd") ? 2 : OrganizationHealth.TREND_LENGTH - 1;
            var shape = SHAPES.getOrDefault(organization.name(), w -> (w % 3 - 1) * 2);
            for (int week = 1; week <= weeks; week++) {
                evaluation.keep(id, today.minusWeeks(week), moved(health, shape.applyAsInt(week)), clock.instant());
            }
        }
    }

    private static HealthScore moved(HealthScore health, int points) {
        return new HealthScore(clamp(health.score() + points), health.components().stream()
                .map(c -> new ComponentHealth(c.component(), c.measured(), clamp(c.score() + points), c.weight(),
                        c.pointsLost(), c.facts(), c.reasons()))
                .toList());
    }

    private static int clamp(int score) {
        return Math.max(0, Math.min(100, score));
    }
}
