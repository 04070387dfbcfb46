package dev.partnerportal.mdf;

/** A stored proof file with the type its bytes were recognized as. */
public record StoredProof(String fileName, String mediaType, byte[] content) {
}
