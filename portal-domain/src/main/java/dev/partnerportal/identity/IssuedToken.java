package dev.partnerportal.identity;

import java.time.Instant;

/** A freshly issued bearer token. The raw value is shown once and never stored. */
public record IssuedToken(String token, Instant expiresAt) {
}
