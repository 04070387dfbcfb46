package dev.partnerportal.training;

import java.time.Instant;

/** A lesson of a certification's course that was published again after the holder was certified. */
public record LessonChange(String courseCode, String courseTitle, long itemId, String slug, String title, Instant changedAt) {
}
