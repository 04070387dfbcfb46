package dev.partnerportal.survey;

import dev.partnerportal.shared.RuleViolation;

/** No such wave, link or task for this caller: unknown and forbidden look the same. */
public class SurveyNotFoundException extends RuleViolation {

    public SurveyNotFoundException() {
        super(SurveyError.NOT_FOUND);
    }
}
