package dev.partnerportal.training;

import java.util.List;

/** A learning path with its courses in order and the caller's progress on each. */
public record PathOverview(String code, String title, String summary, List<CourseOverview> courses) {

    public int estimatedMinutes() {
        return courses.stream().mapToInt(CourseOverview::estimatedMinutes).sum();
    }

    public int coursesCompleted() {
        return (int) courses.stream().filter(CourseOverview::completed).count();
    }
}
