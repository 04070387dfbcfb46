package dev.partnerportal.relationship;

import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.UserId;
import org.jspecify.annotations.Nullable;

/** One partner-side contact as people see it. */
public record PartnerContactEntry(long id, OrganizationId organization, Department department, String name,
                                  @Nullable String title, @Nullable String email, @Nullable String phone,
                                  @Nullable UserId account) {
}
