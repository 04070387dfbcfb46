package dev.partnerportal.api;

/** Answered as 404: the thing does not exist, or the caller may not know that it does. */
class NotFoundException extends RuntimeException {

    NotFoundException(String message) {
        super(message);
    }
}
