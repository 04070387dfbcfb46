package dev.partnerportal.recruitment;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApplicationScoreTest {

    @Test
    void scalesFourAnswersFromOneToFiveOntoZeroToHundred() {
        assertThat(ApplicationScore.of(1, 1, 1, 1)).isZero();
        assertThat(ApplicationScore.of(5, 5, 5, 5)).isEqualTo(100);
        assertThat(ApplicationScore.of(3, 3, 3, 3)).isEqualTo(50);
        assertThat(ApplicationScore.of(5, 4, 3, 2)).isEqualTo(63); // (14 - 4) / 16 = 62.5 rounds up
    }

    @Test
    void refusesAnswersOutsideTheScale() {
        assertThatThrownBy(() -> ApplicationScore.of(0, 3, 3, 3)).is(refusal("recruitment.answer-out-of-range"));
        assertThatThrownBy(() -> ApplicationScore.of(3, 3, 3, 6)).is(refusal("recruitment.answer-out-of-range"));
    }
}
