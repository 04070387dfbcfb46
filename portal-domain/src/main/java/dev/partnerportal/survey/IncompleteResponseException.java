package dev.partnerportal.survey;

import dev.partnerportal.shared.RuleViolation;
import java.util.Map;
import java.util.Set;

/** Required questions (by id) that were shown but not answered; the API lists them as {@code missingQuestionIds}. */
public class IncompleteResponseException extends RuleViolation {

    private final Set<Long> missing;

    public IncompleteResponseException(Set<Long> missing) {
        super(SurveyError.INCOMPLETE);
        this.missing = Set.copyOf(missing);
    }

    public Set<Long> missing() {
        return missing;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("missingQuestionIds", missing.stream().sorted().toList());
    }
}
