package dev.partnerportal.training;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Courses to take in order, e.g. everything a new sales person needs. */
@Entity
@Table(name = "training_path")
class LearningPath extends CatalogEntry {

    @Column(name = "course_codes", nullable = false, length = 1000)
    private String courseCodes;
    /** Where the path stands in the catalog; smaller first. */
    @Column(name = "catalog_position", nullable = false)
    private int catalogPosition;
    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    protected LearningPath() {
    }

    LearningPath(String code, String title, String summary, List<String> courseCodes, Instant now) {
        super(Codes.check(code, "path code"), now);
        change(title, summary, courseCodes);
    }

    /** Sets the texts and the courses in order; the code stays. */
    void change(String title, String summary, List<String> courseCodes) {
        if (title.isBlank() || title.strip().length() > CourseForm.TITLE_MAX_LENGTH || courseCodes.isEmpty()) {
            throw new RuleViolation(TrainingError.PATH_INCOMPLETE, CourseForm.TITLE_MAX_LENGTH);
        }
        if (summary.strip().length() > CourseForm.SUMMARY_MAX_LENGTH) {
            throw new RuleViolation(TrainingError.SUMMARY_TOO_LONG, CourseForm.SUMMARY_MAX_LENGTH);
        }
        if (courseCodes.stream().distinct().count() != courseCodes.size() || courseCodes.size() > PathForm.MAX_COURSES) {
            throw new RuleViolation(TrainingError.PATH_COURSES, PathForm.MAX_COURSES);
        }
        describe(title.strip(), summary.strip());
        this.courseCodes = Codes.encode(courseCodes.stream().map(c -> Codes.check(c, "course code")).toList());
    }

    /** Takes the path out of the catalog; partners no longer see it. Retiring twice changes nothing. */
    void retire(Instant now) {
        if (retiredAt == null) {
            retiredAt = now;
        }
    }

    void placeAt(int position) {
        this.catalogPosition = position;
    }

    List<String> courseCodes() { return Codes.decode(courseCodes); }
    int catalogPosition() { return catalogPosition; }
    boolean retired() { return retiredAt != null; }
}
