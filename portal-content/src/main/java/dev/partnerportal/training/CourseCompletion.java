package dev.partnerportal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person finished every lesson of a course. Recorded once; certifications and onboarding rely on it. */
@Entity
@Table(name = "training_course_completion")
class CourseCompletion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "organization_id", nullable = false)
    private Long organizationId;
    @Column(name = "course_id", nullable = false)
    private Long courseId;
    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected CourseCompletion() {
    }

    CourseCompletion(long userId, long organizationId, long courseId, Instant completedAt) {
        this.userId = userId;
        this.organizationId = organizationId;
        this.courseId = courseId;
        this.completedAt = completedAt;
    }

    Long courseId() { return courseId; }
}
