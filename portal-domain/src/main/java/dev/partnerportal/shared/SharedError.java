package dev.partnerportal.shared;

import dev.partnerportal.shared.ErrorCode;

/** Refusals of input rules that several features share. */
public final class SharedError {

    public static final ErrorCode EMAIL_INVALID = ErrorCode.invalid("shared.email-invalid");

    private SharedError() {
    }
}
