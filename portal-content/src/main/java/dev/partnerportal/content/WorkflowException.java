package dev.partnerportal.content;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/** A workflow step that the item's state or the caller's part in it does not allow; the code says why. */
public class WorkflowException extends RuleViolation {

    public WorkflowException(ErrorCode error, @Nullable Object... arguments) {
        super(error, arguments);
    }
}
