package dev.partnerportal.survey;

import dev.partnerportal.shared.RuleViolation;

/** The wave is not open (not yet, or no longer): nothing can be saved or submitted. */
public class SurveyClosedException extends RuleViolation {

    public SurveyClosedException() {
        super(SurveyError.CLOSED);
    }
}
