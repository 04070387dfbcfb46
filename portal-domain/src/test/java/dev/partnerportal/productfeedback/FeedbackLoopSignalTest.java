package dev.partnerportal.productfeedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.health.HealthFact;
import org.junit.jupiter.api.Test;

/** The feedback-loop score on hand-computed cases. */
class FeedbackLoopSignalTest {

    @Test
    void silenceScoresZeroAndSaysSo() {
        var reading = FeedbackLoopSignal.reading(0, 0, 0);
        assertThat(reading.score()).isZero();
        assertThat(reading.reasonKey()).isEqualTo("productfeedback.health.reason.silent");
    }

    @Test
    void twoSubmissionsOneVoteAndABetaScoreFortyPlusFivePlusTwenty() {
        var reading = FeedbackLoopSignal.reading(2, 1, 1);
        assertThat(reading.score()).isEqualTo(65);
        assertThat(reading.facts()).extracting(HealthFact::value).containsExactly(2L, 1L, 1L);
        assertThat(reading.reasonArguments()).containsExactly(2L, 1L, 1L, 180);
    }

    @Test
    void eachPartIsCapped() {
        assertThat(FeedbackLoopSignal.reading(9, 12, 3).score()).isEqualTo(100);
    }
}
