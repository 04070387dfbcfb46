package dev.partnerportal.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizQuestions extends JpaRepository<QuizQuestion, Long> {

    /** The live bank: what new attempts draw from and editors edit. */
    List<QuizQuestion> findByQuizIdAndRetiredAtIsNullOrderByPosition(Long quizId);
}
