package dev.partnerportal.survey;

import dev.partnerportal.shared.RuleViolation;

/** The person has already submitted their response to this wave; a response is final once submitted. */
public class AlreadyAnsweredException extends RuleViolation {

    public AlreadyAnsweredException() {
        super(SurveyError.ALREADY_ANSWERED);
    }
}
