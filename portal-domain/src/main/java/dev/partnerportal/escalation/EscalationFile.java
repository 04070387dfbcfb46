package dev.partnerportal.escalation;

/** A file attached to an escalation: the name is only shown, its type is decided by the bytes. */
public record EscalationFile(String fileName, byte[] content) {

    /** The largest attachment. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int FILE_NAME_MAX_LENGTH = 200;
}
