package dev.partnerportal.content;

import dev.partnerportal.shared.ErrorCode;

/**
 * Someone else saved the item after the caller loaded it. Nothing was written; the arguments name who and
 * when, so the caller can reload and apply their change again.
 */
public class ContentConflictException extends WorkflowException {

    public ContentConflictException(ErrorCode error, Object... arguments) {
        super(error, arguments);
    }
}
