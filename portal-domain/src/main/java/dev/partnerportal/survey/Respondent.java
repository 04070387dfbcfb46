package dev.partnerportal.survey;

import org.jspecify.annotations.Nullable;

/** Who is answering: a signed-in partner or the holder of an invitation link, with their organization's facts. */
record Respondent(String person, @Nullable Long userId, @Nullable Long invitationId, @Nullable Long organizationId,
                  @Nullable String tierCode, @Nullable String region) {
}
