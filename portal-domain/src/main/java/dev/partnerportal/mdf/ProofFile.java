package dev.partnerportal.mdf;

/** An uploaded proof (an invoice or receipt): its name as sent and its bytes, whose type is checked by content. */
public record ProofFile(String fileName, byte[] content) {

    public static final int FILE_NAME_MAX_LENGTH = 200;
    /** The largest proof file. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most files on one claim. */
    public static final int MAX_FILES = 5;
}
