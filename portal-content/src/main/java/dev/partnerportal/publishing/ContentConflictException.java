package dev.partnerportal.publishing;

/**
 * Someone else saved the item after the caller loaded it. Nothing was written; the message names who and
 * when, so the caller can reload and apply their change again.
 */
public class ContentConflictException extends WorkflowException {

    public ContentConflictException(String message) {
        super("conflict", message);
    }
}
