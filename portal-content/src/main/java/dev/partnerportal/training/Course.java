package dev.partnerportal.training;

import dev.partnerportal.shared.RuleViolation;
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
            throw new RuleViolation(TrainingError.TITLE_LENGTH, CourseForm.TITLE_MAX_LENGTH);
        }
        if (form.summary().strip().length() > CourseForm.SUMMARY_MAX_LENGTH) {
            throw new RuleViolation(TrainingError.SUMMARY_TOO_LONG, CourseForm.SUMMARY_MAX_LENGTH);
        }
        if (form.lessonItemIds().isEmpty() || form.lessonItemIds().stream().distinct().count() != form.lessonItemIds().size()) {
            throw new RuleViolation(TrainingError.LESSONS_REQUIRED);
        }
        if (form.estimatedMinutes() < 1 || form.estimatedMinutes() > CourseForm.MAX_ESTIMATED_MINUTES) {
            throw new RuleViolation(TrainingError.ESTIMATE_RANGE, CourseForm.MAX_ESTIMATED_MINUTES);
        }
        var encoded = Codes.encode(form.lessonItemIds());
        if (encoded.length() > 2000) {
            throw new RuleViolation(TrainingError.TOO_MANY_LESSONS);
        }
        describe(form.title().strip(), form.summary().strip());
        this.lessonItems = encoded;
        this.estimatedMinutes = form.estimatedMinutes();
        this.updatedAt = now;
    }

    List<Long> lessonItemIds() { return Codes.decodeIds(lessonItems); }
    int estimatedMinutes() { return estimatedMinutes; }
}
