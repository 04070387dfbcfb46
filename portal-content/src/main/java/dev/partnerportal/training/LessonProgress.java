package dev.partnerportal.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One lesson of one course that one person finished. */
@Entity
@Table(name = "training_lesson_progress")
class LessonProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "organization_id", nullable = false)
    private Long organizationId;
    @Column(name = "course_id", nullable = false)
    private Long courseId;
    @Column(name = "content_item_id", nullable = false)
    private Long contentItemId;
    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {
    }

    LessonProgress(long userId, long organizationId, long courseId, long contentItemId, Instant completedAt) {
        this.userId = userId;
        this.organizationId = organizationId;
        this.courseId = courseId;
        this.contentItemId = contentItemId;
        this.completedAt = completedAt;
    }

    Long courseId() { return courseId; }
    Long contentItemId() { return contentItemId; }
    Instant completedAt() { return completedAt; }
}
