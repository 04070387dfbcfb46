package dev.partnerportal.identity;

import org.springframework.stereotype.Component;

/**
 * What a new password ends, whichever way it was set (reset link or account settings): every session and API
 * token of the person (they carry the old security version) and every reset link still outstanding.
 */
@Component
class PasswordReplacement {

    private final ApiTokens tokens;
    private final OneTimeLinks links;

    PasswordReplacement(ApiTokens tokens, OneTimeLinks links) {
        this.tokens = tokens;
        this.links = links;
    }

    /** Call inside the transaction that stores the new hash; the hash was computed before it began. */
    void replace(PortalUser user, String newHash) {
        user.setPasswordHash(newHash);
        tokens.revokeAll(user);
        links.revokeOutstanding(user, AccountLinkPurpose.PASSWORD_RESET);
    }
}
