package dev.partnerportal.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cadence and breadth arithmetic on hand-computed cases. */
class RelationshipRulesTest {

    static final LocalDate AGREED = LocalDate.of(2026, 1, 5);
    static final CadenceEntry MONTHLY_CALL = new CadenceEntry(TouchpointKind.CALL, 4);
    static final CadenceEntry QUARTERLY_REVIEW = new CadenceEntry(TouchpointKind.BUSINESS_REVIEW, 13);

    @Test
    void aRhythmIsDueOneIntervalAfterTheLaterOfItsLastTouchpointAndTheAgreement() {
        var never = RelationshipRules.status(MONTHLY_CALL, AGREED, null, AGREED.plusDays(28));
        assertThat(never.due()).isEqualTo(AGREED.plusDays(28));
        assertThat(never.overdue()).isFalse();
        assertThat(RelationshipRules.status(MONTHLY_CALL, AGREED, null, AGREED.plusDays(29)).overdue()).isTrue();
        // A touchpoint before the agreement does not move the due day back.
        assertThat(RelationshipRules.status(MONTHLY_CALL, AGREED, AGREED.minusDays(10), AGREED.plusDays(20)).due())
                .isEqualTo(AGREED.plusDays(28));
        var held = RelationshipRules.status(MONTHLY_CALL, AGREED, AGREED.plusDays(50), AGREED.plusDays(70));
        assertThat(held.due()).isEqualTo(AGREED.plusDays(78));
        assertThat(held.overdue()).isFalse();
    }

    @Test
    void expectedTouchpointsCountOnlyTheWindowSinceTheAgreement() {
        assertThat(RelationshipRules.expected(MONTHLY_CALL, AGREED, AGREED.plusDays(365))).isEqualTo(3); // 90 / 28
        assertThat(RelationshipRules.expected(MONTHLY_CALL, AGREED, AGREED.plusDays(60))).isEqualTo(2); // 60 / 28
        assertThat(RelationshipRules.expected(MONTHLY_CALL, AGREED, AGREED.plusDays(20))).isZero();
        // A 13-week review is longer than the 90-day window: one is expected once 91 days have passed.
        assertThat(RelationshipRules.expected(QUARTERLY_REVIEW, AGREED, AGREED.plusDays(90))).isZero();
        assertThat(RelationshipRules.expected(QUARTERLY_REVIEW, AGREED, AGREED.plusDays(91))).isEqualTo(1);
    }

    @Test
    void cadenceScoresHeldAgainstExpectedCappedPlusStrategy() {
        assertThat(RelationshipRules.cadenceScore(2, 3, true)).isEqualTo(73);   // 53.3 + 20
        assertThat(RelationshipRules.cadenceScore(5, 3, false)).isEqualTo(80);  // extra calls do not count twice
        assertThat(RelationshipRules.cadenceScore(0, 4, false)).isZero();
        assertThat(RelationshipRules.cadenceScore(0, 0, true)).isEqualTo(100); // nothing was due yet
    }

    @Test
    void breadthScoresDepartmentsAndPeopleUpToTen() {
        assertThat(RelationshipRules.breadthScore(new Breadth(Set.of(Department.SALES), 2, 1))).isEqualTo(24); // 12 + 12
        assertThat(RelationshipRules.breadthScore(new Breadth(Set.of(Department.values()), 9, 3))).isEqualTo(100);
        assertThat(RelationshipRules.breadthScore(new Breadth(Set.of(), 0, 0))).isZero();
    }
}
