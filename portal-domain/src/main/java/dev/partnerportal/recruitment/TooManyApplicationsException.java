package dev.partnerportal.recruitment;

import dev.partnerportal.shared.RuleViolation;

/** The client address sent more applications than allowed in the current hour. */
public class TooManyApplicationsException extends RuleViolation {

    public TooManyApplicationsException() {
        super(RecruitmentError.TOO_MANY_APPLICATIONS);
    }
}
