package dev.partnerportal.content;

import java.time.Instant;

/** What a reader sees of an attachment before downloading it. */
public record AttachmentInfo(long id, long itemId, String fileName, String mediaType, long size, Instant uploadedAt) {

    public static final int FILE_NAME_MAX_LENGTH = 255;
}
