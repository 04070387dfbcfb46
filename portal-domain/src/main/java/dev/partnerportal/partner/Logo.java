package dev.partnerportal.partner;

/** An organization's logo: image bytes (PNG or JPEG, checked on upload) and their media type. */
public record Logo(String mediaType, byte[] image) {
}
