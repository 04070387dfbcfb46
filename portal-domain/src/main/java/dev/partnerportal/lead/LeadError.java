package dev.partnerportal.lead;

import dev.partnerportal.shared.ErrorCode;

/** The ways creating, importing, accepting or rejecting leads can be refused. */
public final class LeadError {

    private LeadError() {
    }

    /** The lead does not exist or is not offered to (or accepted by) the caller's organization. */
    public static final ErrorCode NOT_FOUND = ErrorCode.notFound("lead.not-found");
    /** Argument: the longest company name. */
    public static final ErrorCode COMPANY_REQUIRED = ErrorCode.invalid("lead.company-required");
    /** A web domain such as example.com. */
    public static final ErrorCode DOMAIN_INVALID = ErrorCode.invalid("lead.domain-invalid");
    /** A two-letter ISO 3166 country code. */
    public static final ErrorCode COUNTRY_INVALID = ErrorCode.invalid("lead.country-invalid");
    /** Argument: the longest region, industry or phone number. */
    public static final ErrorCode TEXT_TOO_LONG = ErrorCode.invalid("lead.text-too-long");
    /** Argument: the tier code that does not exist. */
    public static final ErrorCode TIER_UNKNOWN = ErrorCode.invalid("lead.tier-unknown");
    /** Argument: the partner type that does not exist. */
    public static final ErrorCode PARTNER_TYPE_UNKNOWN = ErrorCode.invalid("lead.partner-type-unknown");
    /** Argument: the longest contact name. */
    public static final ErrorCode CONTACT_REQUIRED = ErrorCode.invalid("lead.contact-required");
    /** The contact's e-mail address is missing or malformed. */
    public static final ErrorCode EMAIL_INVALID = ErrorCode.invalid("lead.email-invalid");
    /** Argument: the most products. */
    public static final ErrorCode PRODUCTS_REQUIRED = ErrorCode.invalid("lead.products-required");
    /** Argument: the largest value. */
    public static final ErrorCode VALUE_INVALID = ErrorCode.invalid("lead.value-invalid");
    /** A currency is a three-letter ISO 4217 code. */
    public static final ErrorCode CURRENCY_INVALID = ErrorCode.invalid("lead.currency-invalid");
    /** The fund request named does not exist. */
    public static final ErrorCode FUND_REQUEST_UNKNOWN = ErrorCode.invalid("lead.fund-request-unknown");
    /** Argument: the longest notes. */
    public static final ErrorCode NOTES_TOO_LONG = ErrorCode.invalid("lead.notes-too-long");
    /** Argument: the longest reason. */
    public static final ErrorCode REASON_REQUIRED = ErrorCode.invalid("lead.reason-required");
    /** The lead is no longer offered to the caller's organization (accepted, moved on or returned). */
    public static final ErrorCode NOT_OFFERED = ErrorCode.conflict("lead.not-offered");
    /** Arguments: the line and the column count expected. */
    public static final ErrorCode CSV_MALFORMED = ErrorCode.invalid("lead.csv-malformed");
    /** Argument: the most rows in one import. */
    public static final ErrorCode CSV_TOO_LARGE = ErrorCode.invalid("lead.csv-too-large");
    /** Argument: the number of rows with problems; nothing was imported. */
    public static final ErrorCode IMPORT_HAS_PROBLEMS = ErrorCode.invalid("lead.import-has-problems");
}
