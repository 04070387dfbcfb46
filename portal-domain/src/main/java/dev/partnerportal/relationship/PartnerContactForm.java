package dev.partnerportal.relationship;

import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.UserId;
import org.jspecify.annotations.Nullable;

/** What a partner contact is made of; {@code account} links the person's portal account of the same organization. */
public record PartnerContactForm(Department department, String name, @Nullable String title, @Nullable String email,
                                 @Nullable String phone, @Nullable UserId account) {

    public static final int NAME_MAX_LENGTH = PartnerContact.NAME_MAX_LENGTH;
    public static final int TITLE_MAX_LENGTH = PartnerContact.NAME_MAX_LENGTH;
    public static final int EMAIL_MAX_LENGTH = EmailAddresses.MAX_LENGTH;
    public static final int PHONE_MAX_LENGTH = PartnerContact.PHONE_MAX_LENGTH;
}
