package dev.partnerportal.survey;

import java.util.Set;

/** Required questions (by id) that were shown but not answered. */
public class IncompleteResponseException extends RuntimeException {

    private final Set<Long> missing;

    public IncompleteResponseException(Set<Long> missing) {
        super("required questions are unanswered: " + missing);
        this.missing = Set.copyOf(missing);
    }

    public Set<Long> missing() {
        return missing;
    }
}
