package dev.partnerportal.content;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.RuleViolation;

/** An upload that was refused: wrong type by content, too large, or a bad file name. Nothing was kept. */
public class AttachmentRejectedException extends RuleViolation {

    public AttachmentRejectedException(ErrorCode error, Object... arguments) {
        super(error, arguments);
    }
}
