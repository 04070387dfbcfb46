package dev.partnerportal.partner;

import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.RuleViolation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a partner organization tells about itself for co-branded material: a contact, a website and the
 * industries it serves. Every part is optional; the constructor validates and tidies what is given.
 */
public record OrganizationProfile(@Nullable String contactName, @Nullable String contactEmail,
                                  @Nullable String contactPhone, @Nullable String website, List<String> industries) {

    public static final int CONTACT_NAME_MAX_LENGTH = 120;
    public static final int PHONE_MAX_LENGTH = 40;
    public static final int WEBSITE_MAX_LENGTH = 200;
    public static final int INDUSTRY_MAX_LENGTH = 60;
    public static final int MAX_INDUSTRIES = 8;

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
        var tidy = new LinkedHashSet<String>();
        for (var industry : industries) {
            var name = industry.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > INDUSTRY_MAX_LENGTH || name.contains(",")) {
                throw new RuleViolation(PartnerError.INDUSTRY_INVALID, INDUSTRY_MAX_LENGTH);
            }
            tidy.add(name);
        }
        if (tidy.size() > MAX_INDUSTRIES) {
            throw new RuleViolation(PartnerError.TOO_MANY_INDUSTRIES, MAX_INDUSTRIES);
        }
        industries = List.copyOf(tidy);
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
