package dev.partnerportal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A course: ordered lessons, each a content item, with the time it takes. The code is what other features name. */
@Entity
@Table(name = "training_course")
class Course extends CatalogEntry {

    @Column(name = "lesson_items", nullable = false, length = 2000)
    private String lessonItems;
    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Course() {
    }

    Course(CourseForm form, Instant now) {
        super(Codes.check(form.code(), "course code"), now);
        apply(form, now);
    }

    void apply(CourseForm form, Instant now) {
        if (form.title().isBlank() || form.title().strip().length() > CourseForm.TITLE_MAX_LENGTH) {
            throw new IllegalArgumentException("A title of 1 to " + CourseForm.TITLE_MAX_LENGTH + " characters is required.");
        }
        if (form.summary().strip().length() > CourseForm.SUMMARY_MAX_LENGTH) {
            throw new IllegalArgumentException("The summary is longer than " + CourseForm.SUMMARY_MAX_LENGTH + " characters.");
        }
        if (form.lessonItemIds().isEmpty() || form.lessonItemIds().stream().distinct().count() != form.lessonItemIds().size()) {
            throw new IllegalArgumentException("A course has at least one lesson, each once.");
        }
        if (form.estimatedMinutes() < 1 || form.estimatedMinutes() > 10_000) {
            throw new IllegalArgumentException("The estimated time is 1 to 10000 minutes.");
        }
        var encoded = Codes.encode(form.lessonItemIds());
        if (encoded.length() > 2000) {
            throw new IllegalArgumentException("Too many lessons.");
        }
        describe(form.title().strip(), form.summary().strip());
        this.lessonItems = encoded;
        this.estimatedMinutes = form.estimatedMinutes();
        this.updatedAt = now;
    }

    List<Long> lessonItemIds() { return Codes.decodeIds(lessonItems); }
    int estimatedMinutes() { return estimatedMinutes; }
}
