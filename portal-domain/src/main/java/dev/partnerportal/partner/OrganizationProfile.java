package dev.partnerportal.partner;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.RuleViolation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a partner organization tells about itself for co-branded material: a contact, a website, the industries
 * it serves and the vendor's products it sells (news about them reaches it). Every part is optional; the
 * constructor validates and tidies what is given.
 */
public record OrganizationProfile(@Nullable String contactName, @Nullable String contactEmail,
                                  @Nullable String contactPhone, @Nullable String website, List<String> industries,
                                  List<String> products) {

    public static final int CONTACT_NAME_MAX_LENGTH = 120;
    public static final int PHONE_MAX_LENGTH = 40;
    public static final int WEBSITE_MAX_LENGTH = 200;
    public static final int INDUSTRY_MAX_LENGTH = 60;
    public static final int MAX_INDUSTRIES = 8;
    public static final int PRODUCT_MAX_LENGTH = 60;
    public static final int MAX_PRODUCTS = 12;

    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,40}$");
    private static final Pattern WEBSITE = Pattern.compile("^https?://[^\\s<>\"]+$");

    public OrganizationProfile {
        contactName = optional(contactName, CONTACT_NAME_MAX_LENGTH, PartnerError.CONTACT_NAME_TOO_LONG);
        contactEmail = contactEmail == null || contactEmail.isBlank() ? null : EmailAddresses.normalize(contactEmail);
        contactPhone = optional(contactPhone, PHONE_MAX_LENGTH, PartnerError.PHONE_TOO_LONG);
        if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
            throw new RuleViolation(PartnerError.PHONE_INVALID);
        }
        website = optional(website, WEBSITE_MAX_LENGTH, PartnerError.WEBSITE_TOO_LONG);
        if (website != null && !WEBSITE.matcher(website).matches()) {
            throw new RuleViolation(PartnerError.WEBSITE_INVALID);
        }
        industries = terms(industries, INDUSTRY_MAX_LENGTH, PartnerError.INDUSTRY_INVALID, MAX_INDUSTRIES,
                PartnerError.TOO_MANY_INDUSTRIES);
        products = terms(products, PRODUCT_MAX_LENGTH, PartnerError.PRODUCT_INVALID, MAX_PRODUCTS,
                PartnerError.TOO_MANY_PRODUCTS);
    }

    /** A profile with contact details and industries only, selling none of the vendor's products in particular. */
    public OrganizationProfile(@Nullable String contactName, @Nullable String contactEmail,
                               @Nullable String contactPhone, @Nullable String website, List<String> industries) {
        this(contactName, contactEmail, contactPhone, website, industries, List.of());
    }

    /** Taxonomy names are stored comma-separated: each is one line without commas; duplicates and blanks go. */
    private static List<String> terms(List<String> names, int maxLength, ErrorCode invalid, int maxCount,
                                      ErrorCode tooMany) {
        var tidy = new LinkedHashSet<String>();
        for (var raw : names) {
            var name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > maxLength || name.contains(",") || name.chars().anyMatch(Character::isISOControl)) {
                throw new RuleViolation(invalid, maxLength);
            }
            tidy.add(name);
        }
        if (tidy.size() > maxCount) {
            throw new RuleViolation(tooMany, maxCount);
        }
        return List.copyOf(tidy);
    }

    private static @Nullable String optional(@Nullable String value, int maxLength, ErrorCode tooLong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > maxLength || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation(tooLong, maxLength);
        }
        return stripped;
    }
}
