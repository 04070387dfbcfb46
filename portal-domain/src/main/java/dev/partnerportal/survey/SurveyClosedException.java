package dev.partnerportal.survey;

/** The wave is not open (not yet, or no longer): nothing can be saved or submitted. */
public class SurveyClosedException extends RuntimeException {

    public SurveyClosedException() {
        super("the survey wave is not open");
    }
}
