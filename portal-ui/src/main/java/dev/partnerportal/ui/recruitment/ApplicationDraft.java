package dev.partnerportal.ui.recruitment;

import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.recruitment.ApplicationForm;
import org.jspecify.annotations.Nullable;

/** The mutable bean behind the application form; becomes an {@link ApplicationForm} on submit. */
final class ApplicationDraft {

    @Nullable String companyName;
    @Nullable String website;
    @Nullable PartnerType partnerType;
    @Nullable String region;
    @Nullable String contactName;
    @Nullable String contactEmail;
    @Nullable Integer ready;
    @Nullable Integer willing;
    @Nullable Integer able;
    @Nullable Integer values;
    @Nullable String motivation;

    ApplicationForm toForm() {
        return new ApplicationForm(text(companyName), text(website), partnerType, text(region), text(contactName),
                text(contactEmail), ready == null ? 0 : ready, willing == null ? 0 : willing, able == null ? 0 : able,
                values == null ? 0 : values, text(motivation));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
