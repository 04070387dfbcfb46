package dev.partnerportal.recruitment;

import dev.partnerportal.partner.OrganizationSummary;
import dev.partnerportal.partner.PartnerType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an applicant fills in. The limits are the ones the form shows and the database holds. */
public record ApplicationForm(
        @NotBlank @Size(max = OrganizationSummary.NAME_MAX_LENGTH) String companyName,
        @Size(max = WEBSITE_MAX_LENGTH) @Pattern(regexp = "^$|^https?://\\S+$") @Nullable String website,
        @NotNull PartnerType partnerType,
        @NotBlank @Size(max = OrganizationSummary.REGION_MAX_LENGTH) String region,
        @NotBlank @Size(max = CONTACT_NAME_MAX_LENGTH) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @Min(1) @Max(5) int ready,
        @Min(1) @Max(5) int willing,
        @Min(1) @Max(5) int able,
        @Min(1) @Max(5) int values,
        @Size(max = MOTIVATION_MAX_LENGTH) @Nullable String motivation) {

    public static final int WEBSITE_MAX_LENGTH = 200;
    public static final int CONTACT_NAME_MAX_LENGTH = 120;
    public static final int MOTIVATION_MAX_LENGTH = 2000;
}
