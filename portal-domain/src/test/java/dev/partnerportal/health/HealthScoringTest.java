package dev.partnerportal.health;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score on cases computed by hand. */
class HealthScoringTest {

    @Test
    void equalWeightsAverageEveryComponentAndAMissingOneCountsAsZero() {
        var health = HealthScoring.score(HealthWeights.equal(), List.of(
                reading(HealthComponent.CADENCE, 80), reading(HealthComponent.BREADTH, 40),
                reading(HealthComponent.BREADTH, 60), reading(HealthComponent.FEEDBACK_LOOP, 100),
                reading(HealthComponent.ENABLEMENT, 70), reading(HealthComponent.ENGAGEMENT, 35),
                reading(HealthComponent.PLAN_EXECUTION, 90)));

        // (80 + 50 + 100 + 0 + 70 + 35 + 90) / 7 = 425 / 7 = 60.7
        assertThat(health.score()).isEqualTo(61);
        var breadth = health.component(HealthComponent.BREADTH).orElseThrow();
        assertThat(breadth.score()).isEqualTo(50);
        assertThat(breadth.facts()).hasSize(2);
        assertThat(breadth.reasons()).extracting(HealthReason::key).containsExactly("test.reason", "test.reason");
        var escalations = health.component(HealthComponent.ESCALATIONS).orElseThrow();
        assertThat(escalations.measured()).isFalse();
        assertThat(escalations.score()).isZero();
        assertThat(escalations.reasons()).extracting(HealthReason::key).containsExactly(HealthReason.NO_DATA);
        // 100 / 7 = 14.3 points, more than any other component costs
        assertThat(escalations.pointsLost()).isEqualTo(14.3);
        assertThat(health.component(HealthComponent.CADENCE).orElseThrow().pointsLost()).isEqualTo(2.9);
        assertThat(health.mainReason().orElseThrow().component()).isEqualTo(HealthComponent.ESCALATIONS);
    }

    @Test
    void weightsDecideWhatCountsAndAZeroWeightCostsNothing() {
        var weights = weights(Map.of(HealthComponent.CADENCE, 3, HealthComponent.PLAN_EXECUTION, 1));

        var health = HealthScoring.score(weights, List.of(reading(HealthComponent.CADENCE, 50),
                reading(HealthComponent.PLAN_EXECUTION, 100)));

        // (3 × 50 + 1 × 100) / 4 = 62.5, rounded half up
        assertThat(health.score()).isEqualTo(63);
        assertThat(health.component(HealthComponent.CADENCE).orElseThrow().pointsLost()).isEqualTo(37.5);
        assertThat(health.component(HealthComponent.ESCALATIONS).orElseThrow().pointsLost()).isZero();
        assertThat(health.mainReason().orElseThrow().component()).isEqualTo(HealthComponent.CADENCE);
    }

    @Test
    void severalReadingsOfOneComponentAreAveragedHalfUp() {
        var health = HealthScoring.score(weights(Map.of(HealthComponent.FEEDBACK_LOOP, 1)),
                List.of(reading(HealthComponent.FEEDBACK_LOOP, 33), reading(HealthComponent.FEEDBACK_LOOP, 34)));

        assertThat(health.score()).isEqualTo(34);
    }

    @Test
    void aPerfectScoreHasNoMainReason() {
        var readings = java.util.Arrays.stream(HealthComponent.values()).map(c -> reading(c, 100)).toList();

        var health = HealthScoring.score(HealthWeights.equal(), readings);

        assertThat(health.score()).isEqualTo(100);
        assertThat(health.mainReason()).isEmpty();
    }

    @Test
    void weightsAreWholeNumbersFromZeroToTheMaximumAndNotAllZero() {
        assertThatThrownBy(() -> weights(Map.of(HealthComponent.CADENCE, -1)))
                .is(refusal("health.weight-out-of-range"));
        assertThatThrownBy(() -> weights(Map.of(HealthComponent.CADENCE, HealthWeights.MAX_WEIGHT + 1)))
                .is(refusal("health.weight-out-of-range"));
        assertThatThrownBy(() -> weights(Map.of())).is(refusal("health.weights-all-zero"));
        assertThatThrownBy(() -> new HealthWeights(Map.of(HealthComponent.CADENCE, 1)))
                .is(refusal("health.weight-missing"));
    }

    @Test
    void practicesAreReadFromTheirComponentsThresholds() {
        var health = HealthScoring.score(HealthWeights.equal(), List.of(reading(HealthComponent.CADENCE, 60),
                reading(HealthComponent.BREADTH, 59), new HealthReading(HealthComponent.ESCALATIONS, 20,
                        List.of(new HealthFact(Practice.REACHABLE_FACT, 2)), "test.reason", List.of())));

        var practices = OrganizationHealth.practicesOf(health);

        assertThat(practices).containsEntry(Practice.TALKS_STRATEGY, Practice.PracticeState.PRESENT)
                .containsEntry(Practice.BUILDS_RELATIONSHIPS, Practice.PracticeState.MISSING)
                .containsEntry(Practice.REACHABLE, Practice.PracticeState.PRESENT)
                .containsEntry(Practice.OWNS_PROBLEMS, Practice.PracticeState.MISSING)
                .containsEntry(Practice.PLANS_JOINTLY, Practice.PracticeState.MISSING)
                .containsEntry(Practice.SELLS_TOGETHER, Practice.PracticeState.NOT_MEASURED);
        var silent = OrganizationHealth.practicesOf(HealthScoring.score(HealthWeights.equal(), List.of()));
        assertThat(silent).containsEntry(Practice.REACHABLE, Practice.PracticeState.MISSING);
        var nobodyToCall = OrganizationHealth.practicesOf(HealthScoring.score(HealthWeights.equal(), List.of(
                new HealthReading(HealthComponent.ESCALATIONS, 0, List.of(new HealthFact(Practice.REACHABLE_FACT, 0)),
                        "test.reason", List.of()))));
        assertThat(nobodyToCall).as("a reading with nobody to call is not reachable")
                .containsEntry(Practice.REACHABLE, Practice.PracticeState.MISSING);
    }

    private static HealthReading reading(HealthComponent component, int score) {
        return new HealthReading(component, score, List.of(new HealthFact("test.fact", score)), "test.reason", List.of(score));
    }

    /** The given weights, every other component 0. */
    private static HealthWeights weights(Map<HealthComponent, Integer> given) {
        var all = new EnumMap<HealthComponent, Integer>(HealthComponent.class);
        for (var component : HealthComponent.values()) {
            all.put(component, given.getOrDefault(component, 0));
        }
        return new HealthWeights(all);
    }
}
