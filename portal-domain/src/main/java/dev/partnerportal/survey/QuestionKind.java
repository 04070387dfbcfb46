package dev.partnerportal.survey;

/** What a question asks for, and which answers it accepts. */
public enum QuestionKind {
    /** Likelihood to recommend, 0 to 10. */
    NPS(0, 10),
    /** Satisfaction, 1 to 5. */
    RATING(1, 5),
    /** One option, stored as its index. */
    SINGLE_CHOICE(0, Integer.MAX_VALUE),
    /** Any number of options, stored as their indexes. */
    MULTIPLE_CHOICE(0, Integer.MAX_VALUE),
    FREE_TEXT(0, 0),
    /** 1 is yes, 0 is no. */
    YES_NO(0, 1);

    private final int min;
    private final int max;

    QuestionKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** True for kinds answered with one number (a score, an option index or yes/no). */
    public boolean isNumeric() {
        return this == NPS || this == RATING || this == SINGLE_CHOICE || this == YES_NO;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** True for kinds shown as a horizontal scale, which must read right-to-left in RTL languages. */
    public boolean isScale() {
        return this == NPS || this == RATING;
    }
}
