package dev.partnerportal.api;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.RuleViolation;

/**
 * Answered as 404 with code {@code api.not-found}: the thing does not exist, or the caller may not know that
 * it does. The answer does not say which, nor repeat what was looked for.
 */
class NotFoundException extends RuleViolation {

    NotFoundException() {
        super(ApiError.NOT_FOUND);
    }

    NotFoundException(ErrorCode error, Object... arguments) {
        super(error, arguments);
    }
}
