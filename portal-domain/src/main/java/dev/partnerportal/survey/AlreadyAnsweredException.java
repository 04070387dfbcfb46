package dev.partnerportal.survey;

/** The person has already submitted their response to this wave; a response is final once submitted. */
public class AlreadyAnsweredException extends RuntimeException {

    public AlreadyAnsweredException() {
        super("this person has already answered this wave");
    }
}
