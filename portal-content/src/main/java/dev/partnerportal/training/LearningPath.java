package dev.partnerportal.training;

import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** Courses to take in order, e.g. everything a new sales person needs. */
@Entity
@Table(name = "training_path")
class LearningPath {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = Codes.MAX_LENGTH)
    private String code;
    @Column(nullable = false, length = CourseForm.TITLE_MAX_LENGTH)
    private String title;
    @Column(nullable = false, length = CourseForm.SUMMARY_MAX_LENGTH)
    private String summary;
    @Column(name = "course_codes", nullable = false, length = 1000)
    private String courseCodes;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LearningPath() {
    }

    LearningPath(String code, String title, String summary, List<String> courseCodes, Instant now) {
        if (title.isBlank() || title.length() > CourseForm.TITLE_MAX_LENGTH || courseCodes.isEmpty()) {
            throw new RuleViolation(TrainingError.PATH_INCOMPLETE, CourseForm.TITLE_MAX_LENGTH);
        }
        this.code = Codes.check(code, "path code");
        this.title = title.strip();
        this.summary = summary.strip();
        this.courseCodes = Codes.encode(courseCodes.stream().map(c -> Codes.check(c, "course code")).toList());
        this.createdAt = now;
    }

    String code() { return code; }
    String title() { return title; }
    String summary() { return summary; }
    List<String> courseCodes() { return Codes.decode(courseCodes); }
}
