package dev.partnerportal.training;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** Courses to take in order, e.g. everything a new sales person needs. */
@Entity
@Table(name = "training_path")
class LearningPath extends CatalogEntry {

    @Column(name = "course_codes", nullable = false, length = 1000)
    private String courseCodes;

    protected LearningPath() {
    }

    LearningPath(String code, String title, String summary, List<String> courseCodes, Instant now) {
        if (title.isBlank() || title.length() > CourseForm.TITLE_MAX_LENGTH || courseCodes.isEmpty()) {
            throw new RuleViolation(TrainingError.PATH_INCOMPLETE, CourseForm.TITLE_MAX_LENGTH);
        }
        super(Codes.check(code, "path code"), now);
        describe(title.strip(), summary.strip());
        this.courseCodes = Codes.encode(courseCodes.stream().map(c -> Codes.check(c, "course code")).toList());
    }

    List<String> courseCodes() { return Codes.decode(courseCodes); }
}
