package dev.partnerportal.shared;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** Refusals of input rules that several features share. */
public enum SharedError implements ErrorCode {
    EMAIL_INVALID("shared.email-invalid", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    SharedError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
