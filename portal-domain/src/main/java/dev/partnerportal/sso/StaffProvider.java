package dev.partnerportal.sso;

/** A staff identity provider as the login page offers it: its registration id and the name on its button. */
public record StaffProvider(String registrationId, String name) {
}
