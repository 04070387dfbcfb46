package dev.partnerportal.recruitment;

import dev.partnerportal.shared.RuleViolation;

/**
 * The ideal-partner-profile score: four answers from 1 to 5 (ready to invest resources, willing because it
 * serves their goals, able in skills and technology, values that match), equally weighted, scaled to 0–100.
 */
public final class ApplicationScore {

    /** The lowest answer to each question. */
    public static final int MIN_ANSWER = 1;
    /** The highest answer to each question. */
    public static final int MAX_ANSWER = 5;

    private ApplicationScore() {
    }

    public static int of(int ready, int willing, int able, int values) {
        for (int answer : new int[] {ready, willing, able, values}) {
            if (answer < MIN_ANSWER || answer > MAX_ANSWER) {
                throw new RuleViolation(RecruitmentError.ANSWER_OUT_OF_RANGE, MIN_ANSWER, MAX_ANSWER);
            }
        }
        int sum = ready + willing + able + values;
        return Math.round((sum - 4) * 100f / 16f);
    }
}
