package dev.partnerportal.partner;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.ErrorKind;

/** The ways a partner organization's details can be refused. */
public enum PartnerError implements ErrorCode {
    /** Argument: the longest name allowed. */
    NAME_LENGTH("partner.name-length", ErrorKind.INVALID),
    /** Argument: the longest region allowed. */
    REGION_LENGTH("partner.region-length", ErrorKind.INVALID),
    /** Argument: the longest contact name allowed. */
    CONTACT_NAME_TOO_LONG("partner.contact-name-too-long", ErrorKind.INVALID),
    /** Argument: the longest phone number allowed. */
    PHONE_TOO_LONG("partner.phone-too-long", ErrorKind.INVALID),
    PHONE_INVALID("partner.phone-invalid", ErrorKind.INVALID),
    /** Argument: the longest website allowed. */
    WEBSITE_TOO_LONG("partner.website-too-long", ErrorKind.INVALID),
    WEBSITE_INVALID("partner.website-invalid", ErrorKind.INVALID),
    /** Argument: the longest industry name allowed. */
    INDUSTRY_INVALID("partner.industry-invalid", ErrorKind.INVALID),
    /** Argument: how many industries are allowed. */
    TOO_MANY_INDUSTRIES("partner.too-many-industries", ErrorKind.INVALID),
    /** Argument: the largest logo in kilobytes. */
    LOGO_INVALID("partner.logo-invalid", ErrorKind.INVALID),
    /** Argument: the largest width and height in pixels. */
    LOGO_TOO_LARGE("partner.logo-too-large", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    PartnerError(String code, ErrorKind kind) {
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
