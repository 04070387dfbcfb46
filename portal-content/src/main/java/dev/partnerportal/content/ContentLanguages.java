package dev.partnerportal.content;

import java.util.List;

/** The languages an item can be written in: those the portal is offered in, English first. */
public final class ContentLanguages {

    /** ISO 639-1 codes: English, Arabic, Hungarian, Korean, Vietnamese. */
    public static final List<String> CODES = List.of("en", "ar", "hu", "ko", "vi");

    private ContentLanguages() {
    }
}
