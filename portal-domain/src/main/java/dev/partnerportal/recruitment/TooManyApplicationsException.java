package dev.partnerportal.recruitment;

/** The client address sent more applications than allowed in the current hour. */
public class TooManyApplicationsException extends RuntimeException {

    public TooManyApplicationsException() {
        super("Too many applications from this network. Please try again in an hour.");
    }
}
