package dev.partnerportal.activity;

/** What a person did. Stored by name: a constant never changes meaning, new ones are appended. */
public enum ActivityKind {
    SIGN_IN,
    ITEM_VIEW,
    DOWNLOAD,
    PDF_DOWNLOAD,
    SEARCH,
    SEARCH_CLICK,
    LESSON_PROGRESS,
    QUIZ_RESULT,
    /** A certification awarded on a passed quiz (subject: the quiz). */
    CERTIFIED;

    /** The kinds that count as using a content item, rolled up per item and day. */
    static final java.util.Set<ActivityKind> CONTENT_USE = java.util.EnumSet.of(ITEM_VIEW, DOWNLOAD, PDF_DOWNLOAD);
}
