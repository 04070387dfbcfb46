package dev.partnerportal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NPS arithmetic against examples worked out by hand. */
class NpsScoreTest {

    @Test
    void tenAnswersWithFivePromotersThreePassivesAndTwoDetractorsScoreThirty() {
        // promoters 9,10,9,10,9 = 5 (50 %); passives 7,8,7 = 3; detractors 6,0 = 2 (20 %); 50 - 20 = 30
        var nps = NpsScore.of(List.of(9, 10, 9, 10, 9, 7, 8, 7, 6, 0));

        assertThat(nps.promoters()).isEqualTo(5);
        assertThat(nps.passives()).isEqualTo(3);
        assertThat(nps.detractors()).isEqualTo(2);
        assertThat(nps.total()).isEqualTo(10);
        assertThat(nps.value()).isEqualByComparingTo("30.0");
    }

    @Test
    void twoPromotersAndOneDetractorScoreThirtyThreePointThree() {
        // 2/3 = 66.67 %, 1/3 = 33.33 %: 100 * (2 - 1) / 3 = 33.33.. -> 33.3
        var nps = NpsScore.of(List.of(10, 9, 3));

        assertThat(nps.value()).isEqualByComparingTo("33.3");
        assertThat(nps.promoterPercent()).isEqualByComparingTo("66.7");
        assertThat(nps.detractorPercent()).isEqualByComparingTo("33.3");
    }

    @Test
    void onlyDetractorsScoreMinusOneHundredAndOnlyPromotersPlusOneHundred() {
        assertThat(NpsScore.of(List.of(0, 6, 5)).value()).isEqualByComparingTo("-100.0");
        assertThat(NpsScore.of(List.of(9, 10)).value()).isEqualByComparingTo("100.0");
    }

    @Test
    void passivesOnlyCountInTheTotal() {
        // 1 promoter, 6 passives, 1 detractor out of 8: 12.5 % - 12.5 % = 0
        assertThat(NpsScore.of(List.of(9, 7, 7, 8, 8, 7, 8, 6)).value()).isEqualByComparingTo("0.0");
        // 4 promoters, 1 passive, 3 detractors out of 8: 50 % - 37.5 % = 12.5
        assertThat(NpsScore.of(List.of(9, 9, 10, 10, 7, 1, 2, 3)).value()).isEqualByComparingTo("12.5");
    }

    @Test
    void theBoundariesAreSixSevenEightAndNine() {
        assertThat(NpsScore.of(List.of(6))).isEqualTo(new NpsScore(0, 0, 1));
        assertThat(NpsScore.of(List.of(7))).isEqualTo(new NpsScore(0, 1, 0));
        assertThat(NpsScore.of(List.of(8))).isEqualTo(new NpsScore(0, 1, 0));
        assertThat(NpsScore.of(List.of(9))).isEqualTo(new NpsScore(1, 0, 0));
        assertThat(NpsScore.isDetractor(6)).isTrue();
        assertThat(NpsScore.isDetractor(7)).isFalse();
    }

    @Test
    void noAnswersScoreZeroAndScoresOutsideTheScaleAreRefused() {
        assertThat(NpsScore.of(List.of()).value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThatThrownBy(() -> NpsScore.of(List.of(11))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NpsScore.of(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
