package dev.partnerportal.training;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A course with the caller's progress: lessons done of the lessons they can read, and the lesson to resume
 * at (the first not done; null when complete). Staff see no progress.
 */
public record CourseOverview(String code, String title, String summary, int estimatedMinutes, List<Lesson> lessons,
                             boolean completed, @Nullable String quizKey) {

    public record Lesson(long itemId, String slug, String title, boolean done) {
    }

    public int lessonsDone() {
        return (int) lessons.stream().filter(Lesson::done).count();
    }

    /** Progress in percent, 0 to 100. */
    public int percent() {
        return lessons.isEmpty() ? 0 : lessonsDone() * 100 / lessons.size();
    }

    public @Nullable Lesson resumeAt() {
        return lessons.stream().filter(l -> !l.done()).findFirst().orElse(null);
    }
}
