package dev.partnerportal.mdf;

/** A stored proof file without its bytes. */
public record ProofInfo(long id, String fileName, String mediaType) {
}
