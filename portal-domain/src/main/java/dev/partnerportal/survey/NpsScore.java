package dev.partnerportal.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Net Promoter Score of a set of 0–10 answers: the percentage of promoters (9–10) minus the percentage of
 * detractors (0–6); passives (7–8) count only in the total. Ranges from −100 to +100.
 */
public record NpsScore(int promoters, int passives, int detractors) {

    public NpsScore {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Classifies each score; every score must lie in 0..10. */
    public static NpsScore of(Collection<Integer> scores) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (int score : scores) {
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("an NPS answer lies in 0..10, not " + score);
            }
            if (score >= 9) {
                promoters++;
            } else if (score >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        return new NpsScore(promoters, passives, detractors);
    }

    public static boolean isDetractor(int score) {
        return score >= 0 && score <= 6;
    }

    public int total() {
        return promoters + passives + detractors;
    }

    /** The score with one decimal (half-up); zero answers give 0. */
    public BigDecimal value() {
        if (total() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(100L * (promoters - detractors))
                .divide(BigDecimal.valueOf(total()), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal promoterPercent() {
        return percent(promoters);
    }

    public BigDecimal detractorPercent() {
        return percent(detractors);
    }

    private BigDecimal percent(int count) {
        if (total() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(total()), 1, RoundingMode.HALF_UP);
    }
}
