package dev.partnerportal.survey;

import dev.partnerportal.shared.RuleViolation;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A wave as a channel manager plans it: when it runs, whom it asks, and whether answers carry names. */
public record WaveDraft(SurveyId survey, String name, Instant opensAt, Instant closesAt, boolean anonymous,
                        AudienceKind audienceKind, Set<String> audience) {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int AUDIENCE_VALUE_MAX_LENGTH = 160;

    public WaveDraft {
        Objects.requireNonNull(survey, "survey");
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty() || name.length() > NAME_MAX_LENGTH) {
            throw new RuleViolation(SurveyError.WAVE_NAME_LENGTH, NAME_MAX_LENGTH);
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new RuleViolation(SurveyError.WAVE_CLOSES_BEFORE_OPENING);
        }
        audience = Set.copyOf(audience);
        if ((audienceKind == AudienceKind.ALL) != audience.isEmpty()) {
            throw new RuleViolation(audience.isEmpty() ? SurveyError.AUDIENCE_VALUES_REQUIRED : SurveyError.AUDIENCE_VALUES_NOT_ALLOWED);
        }
        if (audience.stream().anyMatch(v -> v.isBlank() || v.length() > AUDIENCE_VALUE_MAX_LENGTH)) {
            throw new RuleViolation(SurveyError.AUDIENCE_VALUE_LENGTH, AUDIENCE_VALUE_MAX_LENGTH);
        }
        if (audienceKind == AudienceKind.ORGANIZATIONS && audience.stream().anyMatch(v -> !v.matches("\\d{1,18}"))) {
            throw new RuleViolation(SurveyError.AUDIENCE_ORGANIZATION_IDS);
        }
    }
}
