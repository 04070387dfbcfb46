package dev.partnerportal.recruitment;

/**
 * The ideal-partner-profile score: four answers from 1 to 5 (ready to invest resources, willing because it
 * serves their goals, able in skills and technology, values that match), equally weighted, scaled to 0–100.
 */
public final class ApplicationScore {

    private ApplicationScore() {
    }

    public static int of(int ready, int willing, int able, int values) {
        for (int answer : new int[] {ready, willing, able, values}) {
            if (answer < 1 || answer > 5) {
                throw new IllegalArgumentException("answers range from 1 to 5");
            }
        }
        int sum = ready + willing + able + values;
        return Math.round((sum - 4) * 100f / 16f);
    }
}
