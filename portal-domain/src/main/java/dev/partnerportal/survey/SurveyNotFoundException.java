package dev.partnerportal.survey;

/** No such wave, link or task for this caller: unknown and forbidden look the same. */
public class SurveyNotFoundException extends RuntimeException {

    public SurveyNotFoundException() {
        super("not found");
    }
}
