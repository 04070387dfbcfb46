package dev.partnerportal.partner;

import dev.partnerportal.shared.ErrorCode;

/** The ways a partner organization's details can be refused. */
public final class PartnerError {

    /** Argument: the longest name allowed. */
    public static final ErrorCode NAME_LENGTH = ErrorCode.invalid("partner.name-length");
    /** Argument: the longest region allowed. */
    public static final ErrorCode REGION_LENGTH = ErrorCode.invalid("partner.region-length");
    /** Argument: the longest contact name allowed. */
    public static final ErrorCode CONTACT_NAME_TOO_LONG = ErrorCode.invalid("partner.contact-name-too-long");
    /** Argument: the longest phone number allowed. */
    public static final ErrorCode PHONE_TOO_LONG = ErrorCode.invalid("partner.phone-too-long");
    public static final ErrorCode PHONE_INVALID = ErrorCode.invalid("partner.phone-invalid");
    /** Argument: the longest website allowed. */
    public static final ErrorCode WEBSITE_TOO_LONG = ErrorCode.invalid("partner.website-too-long");
    public static final ErrorCode WEBSITE_INVALID = ErrorCode.invalid("partner.website-invalid");
    /** Argument: the longest industry name allowed. */
    public static final ErrorCode INDUSTRY_INVALID = ErrorCode.invalid("partner.industry-invalid");
    /** Argument: how many industries are allowed. */
    public static final ErrorCode TOO_MANY_INDUSTRIES = ErrorCode.invalid("partner.too-many-industries");
    /** Argument: the longest product name allowed. */
    public static final ErrorCode PRODUCT_INVALID = ErrorCode.invalid("partner.product-invalid");
    /** Argument: how many products are allowed. */
    public static final ErrorCode TOO_MANY_PRODUCTS = ErrorCode.invalid("partner.too-many-products");
    /** Argument: the largest logo in kilobytes. */
    public static final ErrorCode LOGO_INVALID = ErrorCode.invalid("partner.logo-invalid");
    /** Argument: the largest width and height in pixels. */
    public static final ErrorCode LOGO_TOO_LARGE = ErrorCode.invalid("partner.logo-too-large");

    private PartnerError() {
    }
}
