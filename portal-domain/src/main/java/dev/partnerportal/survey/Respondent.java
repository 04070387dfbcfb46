package dev.partnerportal.survey;

import org.jspecify.annotations.Nullable;

/**
 * Who is answering: a signed-in partner or the holder of an invitation link, with their organization's facts.
 * {@code person} is {@code user:<id>} for anyone with an account, whichever way they come, so the unique
 * (wave, respondent key) holds one response per person across the portal and their link; {@code alias} is
 * the key their link had ({@code invitation:<id>}), under which a response from before the account may exist.
 */
record Respondent(String person, @Nullable String alias, @Nullable Long userId, @Nullable Long invitationId,
                  @Nullable Long organizationId, @Nullable String tierCode, @Nullable String region) {
}
