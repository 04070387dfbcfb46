package dev.partnerportal.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAttempts extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByUserIdAndQuizIdOrderByIdDesc(Long userId, Long quizId);
}
