package dev.partnerportal.escalation;

/** An attachment as stored, with the type its bytes were recognized as. */
public record StoredEscalationFile(String fileName, String mediaType, byte[] content) {
}
