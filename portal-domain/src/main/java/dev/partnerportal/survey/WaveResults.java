package dev.partnerportal.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Results of one wave: submitted responses, the NPS of its first NPS question with the 0–10 distribution,
 * per-question distributions and breakdowns. For anonymous waves, breakdown groups with fewer than
 * {@link SurveyResults#ANONYMITY_THRESHOLD} responses are left out and only counted in {@code hiddenGroups}.
 */
public record WaveResults(WaveSummary wave, int responses, @Nullable NpsScore nps, List<Integer> npsDistribution,
                          List<QuestionResult> questions, List<Breakdown> breakdowns) {

    public WaveResults {
        npsDistribution = List.copyOf(npsDistribution);
        questions = List.copyOf(questions);
        breakdowns = List.copyOf(breakdowns);
    }

    /** One question's answers: how many answered, counts per value or option, and the mean of scales. */
    public record QuestionResult(Question question, int answered, List<Bucket> buckets, @Nullable BigDecimal average) {
    }

    /** How many answers had {@code value} (a score, 1/0 for yes/no, or an option index). */
    public record Bucket(int value, String label, int count) {
    }

    public enum Dimension { TIER, REGION, ORGANIZATION }

    public record Breakdown(Dimension dimension, List<GroupScore> groups, int hiddenGroups) {
    }

    /** NPS of one group (a tier, a region, an organization). */
    public record GroupScore(String label, int responses, NpsScore nps) {
    }

    /** NPS of one wave of a survey, for the trend line. */
    public record TrendPoint(WaveId wave, String name, Instant opensAt, NpsScore nps) {
    }

    /** A free-text answer; for anonymous waves without organization, tier or region. */
    public record FreeTextAnswer(long questionId, int ordinal, String text, @Nullable String organization,
                                 @Nullable String tierCode, @Nullable String region, Instant submittedAt) {
    }

    /** Filters for free-text answers; every field is optional. */
    public record FreeTextFilter(@Nullable Long questionId, @Nullable Long organizationId, @Nullable String tierCode,
                                 @Nullable String contains) {

        public static final FreeTextFilter NONE = new FreeTextFilter(null, null, null, null);
    }
}
