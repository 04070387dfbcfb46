package dev.partnerportal.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseCompletions extends JpaRepository<CourseCompletion, Long> {

    List<CourseCompletion> findByUserId(Long userId);

    boolean existsByUserIdAndCourseId(Long userId, Long courseId);
}
