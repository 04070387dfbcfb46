package dev.partnerportal.training;

import java.util.List;

/** What an editor enters for a course: its stable code, texts, ordered lesson items and estimated minutes. */
public record CourseForm(String code, String title, String summary, List<Long> lessonItemIds, int estimatedMinutes) {

    public static final int CODE_MAX_LENGTH = 60;
    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 1000;
    public static final int MAX_ESTIMATED_MINUTES = 10_000;
}
