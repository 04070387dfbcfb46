package dev.partnerportal.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizQuestions extends JpaRepository<QuizQuestion, Long> {

    List<QuizQuestion> findByQuizIdOrderByPosition(Long quizId);
}
