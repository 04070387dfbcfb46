package dev.partnerportal.survey;

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
            throw new IllegalArgumentException("wave name must be 1.." + NAME_MAX_LENGTH + " characters");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("a wave must close after it opens");
        }
        audience = Set.copyOf(audience);
        if ((audienceKind == AudienceKind.ALL) != audience.isEmpty()) {
            throw new IllegalArgumentException("choose audience values for " + audienceKind + ", none for ALL");
        }
        if (audience.stream().anyMatch(v -> v.isBlank() || v.length() > AUDIENCE_VALUE_MAX_LENGTH)) {
            throw new IllegalArgumentException("audience values must be 1.." + AUDIENCE_VALUE_MAX_LENGTH + " characters");
        }
        if (audienceKind == AudienceKind.ORGANIZATIONS && audience.stream().anyMatch(v -> !v.matches("\\d{1,18}"))) {
            throw new IllegalArgumentException("organization audiences are organization ids");
        }
    }
}
