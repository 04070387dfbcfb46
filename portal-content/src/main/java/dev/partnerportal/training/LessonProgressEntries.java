package dev.partnerportal.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonProgressEntries extends JpaRepository<LessonProgress, Long> {

    List<LessonProgress> findByUserId(Long userId);

    boolean existsByUserIdAndCourseIdAndContentItemId(Long userId, Long courseId, Long contentItemId);
}
